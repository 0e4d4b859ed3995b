// Scam guard on the messenger's dialogue list: every row is judged from what it shows (tag, sender name, the
// last message's preview, the list it is in), sharpened by the API's chat type and user.type when a store is
// connected and by what this tab saw in the dialogue's open chat. Every judged row gets the contract's
// data-sidekick-risk / data-sidekick-reasons; warn and danger rows get a visible badge, allowlisted ones a
// neutral mark. Rows are judged once per content (cached), as they appear through the shared observer.
import { defineFeature, onAbort, type FeatureEnv } from '../../feature';
import { send as defaultSend } from '@/lib/protocol/send';
import { resolveLang, type Lang } from '@/lib/i18n';
import type { Verdict } from '@/lib/scam';
import { chatIdOfHref, createRowTracker, linkOf, type ChatRow } from '../../portal/messenger';
import { ACTIVE_CHAT_SELECTOR } from '../../portal/messenger/cues';
import { OWNED_ATTRIBUTE } from '../../observer';
import { apiFactsKey, apiFactsOf, askApiFacts } from './api-facts';
import { onRemembered, rememberedDialogue, rememberedKey } from './memory';
import { scamSettingsOf, settingsKeyOf, type ScamSettings } from './settings';
import { groupOfHref, judgePage, listOfGroup } from './verdict';
import { BADGE_ATTRIBUTE, badgeKindOf, clearVerdict, createBadge, RISK_ATTR, TAG_ATTR, writeVerdict } from '@/components/page/scam/badge';
import type { TagReading } from './attributes';
import { placeBadge } from './place-badge';

export { REASONS_ATTR, RISK_ATTR } from '@/components/page/scam/badge';
export { isDialogueRow } from '../../portal/messenger';
const NAME = 'scam-badges';

export interface ScamBadgesDeps {
  doc: Document;
  send: typeof defaultSend;
  /** The page's messenger group (`?group=`), for rows whose link does not say. */
  group: string;
}

interface RowMark {
  /** What the row's verdict was computed from: the same key means the same verdict. */
  key: string;
  risk: Verdict['risk'];
}

export function startScamBadges(env: Pick<FeatureEnv, 'observer' | 'state' | 'signal' | 'settings'>, deps: ScamBadgesDeps): void {
  const { doc } = deps;
  const { signal } = env;
  let settings: ScamSettings = scamSettingsOf(env.settings);
  let lang: Lang = resolveLang(settings.language, doc.documentElement.lang);
  let settingsKey = '';
  const marks = new Map<Element, RowMark>();
  /** Verdicts by content key: a re-rendered row (new element, same content) costs a map look-up. */
  const verdicts = new Map<string, Verdict>();

  const computeSettingsKey = () => settingsKeyOf(lang, settings);
  settingsKey = computeSettingsKey();

  function clearRow(el: Element): void {
    clearVerdict(el);
    marks.delete(el);
  }

  function clearAll(): void {
    for (const el of [...marks.keys()]) clearRow(el);
    // Rows marked by an earlier start that this one never saw (the feature restarts on navigation).
    for (const el of doc.querySelectorAll(`[${RISK_ATTR}]`)) if (!el.hasAttribute(OWNED_ATTRIBUTE)) clearRowIfList(el);
  }

  /** Clears a row left by an earlier start; messages of the open chat belong to the chat feature. */
  function clearRowIfList(el: Element): void {
    if (el.closest(ACTIVE_CHAT_SELECTOR)) return;
    if (linkOf(el) && chatIdOfHref(linkOf(el)?.getAttribute('href'))) clearRow(el);
  }

  /** The fail-safe: the Customers list's tag could not be read on this layout, so the tag rule is paused. */
  let tagPaused = false;

  function tagReading(row: ChatRow, list: ReturnType<typeof listOfGroup>): TagReading {
    if (tagPaused && list === 'customers') return 'unknown';
    return row.tag ?? 'none';
  }

  function rowKey(row: ChatRow, list: string, tag: TagReading): string {
    return [settingsKey, list, row.chatId ?? '', tag, row.name ?? '', row.preview ?? '', apiFactsKey(row.chatId), rememberedKey(row.chatId)].join('\u0001');
  }

  function verdictOf(row: ChatRow, list: ReturnType<typeof listOfGroup>, tag: TagReading, key: string): Verdict {
    const known = verdicts.get(key);
    if (known) return known;
    const verdict = judgePage(
      {
        chatId: row.chatId,
        senderName: row.name,
        tag: tag === 'unknown' ? undefined : row.tag,
        list,
        texts: row.preview ? [row.preview] : [],
        api: apiFactsOf(row.chatId),
      },
      settings.scam,
      rememberedDialogue(row.chatId),
    );
    if (verdicts.size > 5000) verdicts.clear();
    verdicts.set(key, verdict);
    return verdict;
  }

  function applyRow(row: ChatRow): void {
    const list = listOfGroup(groupOfHref(linkOf(row.el)?.getAttribute('href')) ?? deps.group);
    const tag = tagReading(row, list);
    const key = rowKey(row, list, tag);
    const mark = marks.get(row.el);
    const badges = row.el.querySelectorAll(`[${BADGE_ATTRIBUTE}]`).length;
    if (mark?.key === key && row.el.hasAttribute(RISK_ATTR)) {
      const verdict = verdicts.get(key);
      const wanted = verdict && badgeKindOf(verdict) !== null ? 1 : 0;
      if (badges === wanted) return;
    }
    const verdict = verdictOf(row, list, tag, key);
    writeVerdict(row.el, verdict);
    row.el.setAttribute(TAG_ATTR, tag);
    const badge = createBadge(doc, verdict, lang);
    if (badge) placeBadge(row, badge);
    marks.set(row.el, { key, risk: verdict.risk });
  }

  function updateCount(): void {
    let n = 0;
    for (const [el, mark] of marks) {
      if (!el.isConnected) marks.delete(el);
      else if (mark.risk !== 'none') n++;
    }
    if (env.state.get().suspicious !== n) env.state.set({ suspicious: n });
  }

  function apply(rows: readonly ChatRow[]): void {
    for (const row of rows) applyRow(row);
    updateCount();
    if (settings.apiAvailable) {
      const ids = rows.map((r) => r.chatId).filter((id): id is string => id !== null);
      askApiFacts(ids, deps.send, () => !signal.aborted && pass());
    }
  }

  /** A full scan of the list (first pass, new settings or facts, or a batch only a full scan can place). */
  function pass(): void {
    if (signal.aborted || !settings.scam.enabled) return;
    const rows = listRows();
    const current = new Set(rows.map((r) => r.el));
    for (const el of [...marks.keys()]) if (!current.has(el)) clearRow(el);
    apply(rows);
  }

  /** The list's dialogue rows, found whole (first pass, new settings or facts) or around a batch. */
  const tracker = createRowTracker(doc);
  const listRows = (): ChatRow[] => {
    const rows = tracker.fullScan().rows;
    tagPaused = tracker.model().tagRule === 'paused' && listOfGroup(deps.group) === 'customers';
    if (env.state.get().tagUnreadable !== tagPaused) env.state.set({ tagUnreadable: tagPaused });
    return rows;
  };
  const rowsOfBatch = (roots: readonly Element[], removedFrom: readonly Element[]): ChatRow[] | null =>
    marks.size === 0 ? null : tracker.rowsOfBatch(roots, removedFrom);

  function onBatch(roots: readonly Element[], removedFrom: readonly Element[]): void {
    if (signal.aborted || !settings.scam.enabled) return;
    const rows = rowsOfBatch(roots, removedFrom);
    if (rows === null) pass();
    else if (rows.length > 0) apply(rows);
    // Rows removed from the list leave the count.
    else updateCount();
  }

  onAbort(signal, env.observer.onAdded(onBatch));
  onAbort(signal, onRemembered(() => !signal.aborted && pass()));
  onAbort(signal, () => {
    clearAll();
    if (env.state.get().suspicious !== 0) env.state.set({ suspicious: 0 });
    if (env.state.get().tagUnreadable) env.state.set({ tagUnreadable: false });
  });

  // The navigation's answer, or a change pushed later: judge again only when it changes a verdict.
  env.settings.onChange(() => {
    const before = settings;
    settings = scamSettingsOf(env.settings);
    lang = resolveLang(settings.language, doc.documentElement.lang);
    if (!settings.scam.enabled) {
      clearAll();
      updateCount();
      return;
    }
    const key = computeSettingsKey();
    // The first pass used what the navigation started with: judge again only when the answer differs.
    if (key === settingsKey && before.scam.enabled && before.apiAvailable === settings.apiAvailable) return;
    settingsKey = key;
    verdicts.clear();
    pass();
  }, signal);
}

export default defineFeature({
  name: NAME,
  appliesTo: (page) => page.kind === 'messenger',
  start: (env) =>
    startScamBadges(env, {
      doc: document,
      send: defaultSend,
      group: env.page.kind === 'messenger' ? env.page.group : 'customers_v2',
    }),
});
