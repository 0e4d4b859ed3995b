// What identifies the messenger page's parts, as data: its address, visible words (English, Russian, Chinese),
// attributes, roles and selectors (docs/portal.md §1.1 and §2, docs/portal-reading.md). Never class names: the portal's
// are hashed and change with every release. When the portal changes, this file is the one to update.
// The filter controls' own labels live in lib/presets/filters.ts (the sidebar and the options page show them too).
import type { PortalFilter } from '@/lib/presets/filters';
import { PORTAL_ORIGIN } from '@/lib/portal-links';

export { FILTER_LABELS } from '@/lib/presets/filters';

export type ChatTag = 'customer' | 'support';

// ---------------------------------------------------------------- address and links

export const MESSENGER_PATH = '/app/messenger';
/** Relative chat links resolve against this outside a web page (unit tests). */
export const MESSENGER_URL = `${PORTAL_ORIGIN}${MESSENGER_PATH}`;
/** `?group=` names the list (customers, support…); `&id=` the open chat. */
export const GROUP_PARAM = 'group';
export const CHAT_ID_PARAM = 'id';
/** The Customers list: the default group, where the portal shows a tag on every dialogue. */
export const CUSTOMERS_GROUP = 'customers_v2';
/** A chat id's shape (a uuid on the portal; kept loose). */
export const CHAT_ID_RE = /^[0-9a-zA-Z-]{4,64}$/;
/** Links to a chat: absolute or relative, the id in any query position (chatIdOfHref checks the rest). */
export const CHAT_LINK_SELECTOR = `a[href*="${CHAT_ID_PARAM}="]`;

// ---------------------------------------------------------------- the open chat

/** The portal marks the open chat's panel with this attribute, holding the chat id (docs/portal.md §2). */
export const ACTIVE_CHAT_ATTRIBUTE = 'active-chat-id';
export const ACTIVE_CHAT_SELECTOR = `[${ACTIVE_CHAT_ATTRIBUTE}]`;
/** The message box: a textarea on the portal today, an editable element tomorrow. */
export const MESSAGE_BOX_TEXTAREA_SELECTOR = 'textarea';
export const MESSAGE_BOX_EDITABLE_SELECTOR = '[contenteditable="true"], [contenteditable=""], [role="textbox"]';
export const MESSAGE_BOX_SELECTOR = `${MESSAGE_BOX_TEXTAREA_SELECTOR}, ${MESSAGE_BOX_EDITABLE_SELECTOR}`;
/** The box's placeholder starts with one of these (normalised: lower case, no trailing dots; Chinese assumed). */
export const MESSAGE_BOX_PLACEHOLDERS: readonly string[] = [
  'напишите сообщение',
  'write a message',
  'введите сообщение',
  'type a message',
  'сообщение',
  'message',
  '输入消息',
  '请输入消息',
  '输入信息',
  '写消息',
  '消息',
];
/** The chat header's fallback when no tag names the sender. */
export const HEADING_SELECTOR = 'h1, h2, h3, h4, [role="heading"]';
/** The page's top bar (its language links keep the open chat's `&id=`): it holds no dialogue. */
export const BANNER_SELECTOR = 'header, [role="banner"]';
/** Who wrote a message, by the side it is drawn on: the customer's on the left, the seller's on the right. */
export const AUTHOR_OF_SIDE = { left: 'customer', right: 'seller', centre: 'system', unknown: 'unknown' } as const;

// ---------------------------------------------------------------- filter controls

/** Elements that may be a filter control (a button, a switch, a tab…). */
export const CONTROL_SELECTOR = 'button, [role="button"], [role="switch"], [role="checkbox"], [role="tab"], [role="radio"], [role="option"]';
/** A control is pressed when one of these is "true", or when it holds a checked box. */
export const PRESSED_ATTRIBUTES: readonly string[] = ['aria-pressed', 'aria-checked', 'aria-selected'];
export const CHECK_INPUT_SELECTOR = 'input[type="checkbox"], input[type="radio"]';
/**
 * Other exact labels the live portal may use: Ozon's own docs cut the "All …" label off (docs/portal.md §1.1), so
 * the short forms are accepted too; and the Chinese labels are assumed, so the likely other wordings are accepted
 * (docs/portal-reading.md). Beyond these, filter-keywords.ts reads a Chinese filter bar by its key words.
 */
export const FILTER_ALIASES: Partial<Record<PortalFilter, readonly string[]>> = {
  'without-my-reply': ['未回复', '待回复', '待您回复', '等待您回复', '您未回复', '无您的回复', '没有你的回复'],
  'without-customer-reply': ['客户未回复', '买家未回复', '待客户回复', '待买家回复', '无客户回复', '没有买家回复', '没有客户的回复'],
  'by-order': ['关于订单', '订单相关', '按订单号'],
  'by-products': ['关于商品', '商品相关', '按产品'],
  unread: ['仅新消息', '只看新消息', '仅未读', '未读消息'],
  all: ['All', 'Все', '所有聊天', '全部', '所有'],
};
export const RESET_LABELS: readonly string[] = ['Reset filters', 'Сбросить фильтры', '重置筛选', '重置过滤器', '重置筛选条件', '清除筛选', '重置'];

// ---------------------------------------------------------------- words of a dialogue

/**
 * The tag words: English and Russian as Ozon's docs give them; Chinese (the portal's locale=zh-Hans) assumed from
 * Ozon's Chinese seller wording (docs/portal-reading.md says which are confirmed). Where the page uses another word,
 * the list's own repeated word is learned instead (entrypoints/seller.content/portal/messenger/chat-list-model.ts).
 */
export const TAG_WORDS: Record<ChatTag, readonly string[]> = {
  customer: ['Customer', 'Покупатель', '买家', '顾客', '客户'],
  support: ['Support', 'Поддержка', '客服', '支持', 'Ozon客服'],
};
/** The seller's own messages carry this label above them (Chinese assumed). */
export const YOU_LABELS: readonly string[] = ['You', 'Вы', '您', '你', '我'];
/** A list preview of the seller's own last message starts with this. */
export const YOU_PREFIX_RE = /^(?:you|вы|您|我|你)\s*[:：]$/i;
export const YESTERDAY_WORDS: readonly string[] = ['Yesterday', 'Вчера', '昨天'];
/** A list row's time: HH:MM (today), Yesterday / Вчера / 昨天, DD.MM or DD.MM.YYYY, or 11月5日 (Chinese, assumed). */
export const LIST_TIME_RE = /^(?:\d{1,2}:\d{2}|yesterday|вчера|昨天|\d{1,2}\.\d{1,2}(?:\.\d{2,4})?|\d{1,2}月\d{1,2}日)$/i;
/** A message bubble's time: HH:MM, or DD.MM HH:MM (optionally with the year), or 11月5日 14:05. */
export const BUBBLE_TIME_RE = /^(?:\d{1,2}\.\d{1,2}(?:\.\d{2,4})?,? |\d{1,2}月\d{1,2}日\s?)?\d{1,2}:\d{2}$/;
/** The exact moment of a row's last activity, when the page states it. */
export const TIME_STAMP_SELECTOR = 'time[datetime]';
export const TIME_STAMP_RE = /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
/** An unread badge: a small number (the portal may cap it as 99+). */
export const UNREAD_RE = /^\d{1,3}\+?$/;
/** An order number after «Заказ №» / "Order №" / «订单号» (the posting number shape without its last part). */
export const ORDER_CONTEXT_RE = /(?:заказ|order|订单号?|订单编号)\s*(?:№|no\.?|#|:|：)\s*(\d{5,12}-\d{1,6}(?:-\d{1,4})?)|^\s*(?:订单号?|订单编号)\s*(\d{5,12}-\d{1,6}(?:-\d{1,4})?)/i;
/** A product after «Товар:» / "Product:" / «商品：». */
export const PRODUCT_CONTEXT_RE = /^(?:товар|product|商品)\s*[:：]\s*(.+)$/i;
