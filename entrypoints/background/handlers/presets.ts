// Presets: validated here too (a page could send anything), with the portal's forbidden pairs named in the refusal.
import type { PresetCount, RequestOf } from '../../../lib/protocol/messages';
import * as v from 'valibot';
import { PresetSchema, describeProblem, presetProblems, type Preset } from '../../../lib/presets/model';
import { countMatches, type SyncedChatFacts } from '../preset-counts';
import * as presets from '../db/presets-repo';
import { listStores, messagesByChat } from '../db/repo';
import type { MessageRecord } from '../db/schema';
import type { HandlerContext } from '../context';
import { HandledError } from '../errors';
import { inEveryLang } from '../../../lib/i18n';

export function listPresets({ db }: HandlerContext): Promise<Preset[]> {
  return presets.listPresets(db);
}

export async function savePreset({ db }: HandlerContext, request: RequestOf<'savePreset'>): Promise<Preset[]> {
  const problems = presetProblems(request.preset);
  const first = problems[0];
  if (first) {
    const code = first.kind === 'conflict' ? 'preset-conflict' : 'bad-request';
    throw new HandledError(code, inEveryLang((lang) => describeProblem(first, lang)), first.kind === 'invalid' ? first.field : 'filters');
  }
  const preset = v.parse(PresetSchema, request.preset);
  return presets.putPreset(db, { ...preset, filters: [...new Set(preset.filters)] });
}

export function deletePreset({ db }: HandlerContext, request: RequestOf<'deletePreset'>): Promise<Preset[]> {
  return presets.deletePreset(db, request.id);
}

export function reorderPresets({ db }: HandlerContext, request: RequestOf<'reorderPresets'>): Promise<Preset[]> {
  return presets.reorderPresets(db, request.ids);
}

/** Counts over the synced chats of every store in API mode (the page counts its rows where there is none). */
export async function presetCounts(ctx: HandlerContext): Promise<PresetCount[]> {
  const { db, deps, now } = ctx;
  const stores = (await listStores(db)).filter((s) => s.mode === 'api');
  const facts: SyncedChatFacts[] = [];
  for (const store of stores) {
    const [chats, byChat] = await Promise.all([
      db.getAllFromIndex('chats', 'byStore', store.id),
      deps.judgeChat ? messagesByChat(db, store.id) : Promise.resolve(new Map<string, MessageRecord[]>()),
    ]);
    for (const chat of chats) {
      const messages = byChat.get(chat.chatId) ?? [];
      const waitingHours =
        chat.lastAuthor === 'customer' && chat.lastMessageAt ? (now() - Date.parse(chat.lastMessageAt)) / 3_600_000 : null;
      facts.push({
        lastAuthor: chat.lastAuthor,
        unreadCount: chat.unreadCount,
        hasOrder: !!chat.orderNumber,
        hasProduct: !!chat.sku,
        waitingHours,
        risk: deps.judgeChat?.(chat, messages).risk ?? 'none',
        text: [chat.customerName, chat.lastMessageText, ...messages.map((m) => m.text)].filter(Boolean).join('\n'),
        sku: chat.sku ?? null,
        orderNumber: chat.orderNumber ?? null,
      });
    }
  }
  return (await presets.listPresets(db)).map((preset) => ({ presetId: preset.id, count: countMatches(preset, facts) }));
}
