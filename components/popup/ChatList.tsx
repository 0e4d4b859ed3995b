// The unanswered chats, longest waiting first. Each row is one link-like element carrying the contract's
// data-sidekick-chat-id; chat text is rendered as text only.
import type { UnansweredChat } from '@/lib/protocol/messages';
import { formatWaiting } from '@/lib/i18n/waiting';
import { t, type Lang, type MessageKey } from '@/lib/i18n';
import { isReasonCode } from '@/lib/scam/reason-codes';
import { chatUrl } from './open-chat';

export function firstLine(text: string): string {
  return text.split(/\r?\n/).find((line) => line.trim())?.trim() ?? '';
}

/** Longest waiting first (the background sends them so; kept here too so the contract never depends on it). */
export function sortByWaiting(chats: readonly UnansweredChat[]): UnansweredChat[] {
  return [...chats].sort((a, b) => b.waitingMs - a.waitingMs || a.chatId.localeCompare(b.chatId));
}

function RiskBadge({ chat, lang }: { chat: UnansweredChat; lang: Lang }) {
  if (chat.risk === 'none') return null;
  const label: MessageKey = chat.risk === 'danger' ? 'riskDanger' : 'riskWarn';
  // A code this version does not know (stored by a newer one) is shown as it is.
  const why = chat.reasons.filter((r) => r !== 'allowlisted').map((r) => (isReasonCode(r) ? t(lang, `reason:${r}`) : r)).join('; ');
  return (
    <span class={`risk risk-${chat.risk}`} title={why || undefined} data-risk={chat.risk}>
      <span aria-hidden="true">{chat.risk === 'danger' ? '✖' : '⚠'}</span> {t(lang, label)}
    </span>
  );
}

function subject(chat: UnansweredChat, lang: Lang): string {
  if (chat.postingNumber) return t(lang, 'popupPosting', { number: chat.postingNumber });
  if (chat.orderNumber) return t(lang, 'popupOrder', { number: chat.orderNumber });
  if (chat.sku) return t(lang, 'popupProduct', { sku: chat.sku });
  return '';
}

export function ChatList({ chats, lang, onOpen }: { chats: readonly UnansweredChat[]; lang: Lang; onOpen: (chatId: string) => void }) {
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const items = [...(event.currentTarget as HTMLElement).querySelectorAll<HTMLElement>('[data-sidekick-chat-id]')];
    const index = items.indexOf(document.activeElement as HTMLElement);
    const next = items[Math.max(0, Math.min(items.length - 1, index + (event.key === 'ArrowDown' ? 1 : -1)))];
    if (next) {
      event.preventDefault();
      next.focus();
    }
  };
  return (
    <ul class="chats" aria-label={t(lang, 'popupListLabel')} onKeyDown={onKeyDown}>
      {sortByWaiting(chats).map((chat) => {
        const line = firstLine(chat.lastLine);
        const about = subject(chat, lang);
        return (
          <li key={chat.chatId}>
            <a
              class="chat"
              href={chatUrl(chat.chatId)}
              data-sidekick-chat-id={chat.chatId}
              onClick={(event) => {
                event.preventDefault();
                onOpen(chat.chatId);
              }}
            >
              <span class="chat-head">
                <strong class="chat-customer">{chat.customerName || t(lang, 'popupCustomer')}</strong>
                <span class="chat-waiting">{t(lang, 'popupWaiting', { time: formatWaiting(chat.waitingMs, lang) })}</span>
              </span>
              <span class="chat-meta">
                {chat.storeName}
                {about && ` · ${about}`}
              </span>
              <span class="chat-line">{line || t(lang, 'popupNoText')}</span>
              <RiskBadge chat={chat} lang={lang} />
            </a>
          </li>
        );
      })}
    </ul>
  );
}
