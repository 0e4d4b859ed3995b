// After every change of the cache: redraw the badge and, if the user opted in, announce a chat that waited too long.
import { browser } from 'wxt/browser';
import type { Db, HandlerContext, RouterDeps } from './context';
import { getUnanswered } from './handlers/unanswered';
import { readPrefs } from './db/repo';
import { badgeOf } from './badge';
import { afterNotify, chatToNotify, EMPTY_NOTIFY_STATE, type NotifyState } from './notify';
import { openChatInPortalTab, type TabsApi } from '../../lib/portal-links';
import { formatWaiting } from './sync/unanswered';
import { resolveLang } from '../../lib/i18n';

const NOTIFY_STATE_KEY = 'notify';
export const NOTIFICATION_PREFIX = 'sidekick-chat:';

/** Chrome MV3 has `action`, Firefox MV2 `browserAction`. */
function toolbarAction() {
  return browser.action ?? browser.browserAction;
}

export async function refreshAttention(db: Db, deps: RouterDeps): Promise<void> {
  const ctx: HandlerContext = { db, deps, now: deps.now ?? Date.now };
  const [report, prefs] = await Promise.all([getUnanswered(ctx), readPrefs(db)]);
  const lang = resolveLang(prefs.language, browser.i18n.getUILanguage());
  const badge = badgeOf(report.chats, prefs);
  const action = toolbarAction();
  await action.setBadgeText({ text: badge.text });
  await action.setBadgeBackgroundColor({ color: badge.color });
  await action.setTitle({ title: badge.title[lang] });

  const state = ((await db.get('syncState', NOTIFY_STATE_KEY)) as NotifyState | undefined) ?? EMPTY_NOTIFY_STATE;
  const chat = chatToNotify(report.chats, prefs, state, ctx.now());
  if (!chat) return;
  await browser.notifications.create(`${NOTIFICATION_PREFIX}${chat.chatId}`, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title: lang === 'ru' ? `Покупатель ждёт ответа ${formatWaiting(chat.waitingMs, 'ru')}` : `A customer has waited ${formatWaiting(chat.waitingMs, 'en')}`,
    message: `${chat.storeName}: ${chat.lastLine}`,
  });
  await db.put('syncState', afterNotify(state, chat, report.chats, ctx.now()), NOTIFY_STATE_KEY);
}

/** Opens a chat on the portal, reusing a portal tab when there is one. */
export function openChat(chatId: string): Promise<void> {
  return openChatInPortalTab(chatId, browser as unknown as TabsApi);
}
