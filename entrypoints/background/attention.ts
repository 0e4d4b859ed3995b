// After every change of the cache: redraw the badge and, if the user opted in, announce a chat that waited too long.
import { browser } from 'wxt/browser';
import type { Db, RouterDeps } from './context';
import { readPrefs } from './db/repo';
import { countedStores, listUnanswered } from './sync/unanswered';
import { badgeOf } from './badge';
import { afterNotify, chatToNotify, EMPTY_NOTIFY_STATE, type NotifyState } from './notify';
import { openChatInPortalTab, type TabsApi } from '../../lib/portal-links';
import { formatWaiting } from '../../lib/i18n/waiting';
import { resolveLang, t } from '../../lib/i18n';

const NOTIFY_STATE_KEY = 'notify';
export const NOTIFICATION_PREFIX = 'sidekick-chat:';

/** Chrome MV3 has `action`, Firefox MV2 `browserAction`. */
function toolbarAction() {
  return browser.action ?? browser.browserAction;
}

export async function refreshAttention(db: Db, deps: Pick<RouterDeps, 'now' | 'judgeChat'>): Promise<void> {
  const now = deps.now ?? Date.now;
  const [stores, prefs] = await Promise.all([countedStores(db), readPrefs(db)]);
  const chats = await listUnanswered(db, stores, now(), deps.judgeChat);
  const lang = resolveLang(prefs.language, browser.i18n.getUILanguage());
  const badge = badgeOf(chats, prefs);
  const action = toolbarAction();
  await action.setBadgeText({ text: badge.text });
  await action.setBadgeBackgroundColor({ color: badge.color });
  await action.setTitle({ title: badge.title[lang] });

  const state = ((await db.get('syncState', NOTIFY_STATE_KEY)) as NotifyState | undefined) ?? EMPTY_NOTIFY_STATE;
  const chat = chatToNotify(chats, prefs, state, now());
  if (!chat) return;
  await browser.notifications.create(`${NOTIFICATION_PREFIX}${chat.chatId}`, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title: t(lang, 'notificationTitle', { time: formatWaiting(chat.waitingMs, lang) }),
    message: `${chat.storeName}: ${chat.lastLine}`,
  });
  await db.put('syncState', afterNotify(state, chat, chats, now()), NOTIFY_STATE_KEY);
}

/** Opens a chat on the portal, reusing a portal tab when there is one. */
export function openChat(chatId: string): Promise<void> {
  return openChatInPortalTab(chatId, browser as unknown as TabsApi);
}
