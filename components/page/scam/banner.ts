// The banner above an open dangerous chat's message box: Ozon's own advice in the user's language, the reasons,
// a button that copies a ready complaint and a link to the portal's support chats. Text only (textContent).
import { t, type Lang, type MessageKey } from '@/lib/i18n';
import { OWNED_ATTRIBUTE } from '../../../entrypoints/seller.content/observer';
import { complaintText, type ComplaintFacts } from '../../../entrypoints/seller.content/features/scam-guard/complaint';
import { personOnly } from '../../../entrypoints/seller.content/trusted-input';

export const BANNER_ATTRIBUTE = 'data-sidekick-scam-banner';
/** The portal's support chats (the «Поддержка» group), where complaints go. */
export const SUPPORT_HREF = '/app/messenger?group=support_v2';

/** Ozon's own advice, one line each. */
export const ADVICE_KEYS: readonly MessageKey[] = ['scamAdvice1', 'scamAdvice2', 'scamAdvice3', 'scamAdvice4', 'scamAdvice5'];

/** What the banner states is what the complaint it offers states. */
export type BannerFacts = ComplaintFacts;

export interface BannerDeps {
  /** navigator.clipboard.writeText, when the page allows it. */
  writeText?: ((text: string) => Promise<void>) | undefined;
}

const BOX =
  'box-sizing:border-box;margin:8px 0;padding:10px 12px;border:2px solid #c4001d;border-radius:8px;background:#fff0f2;color:#1b1f24;font:13px/18px system-ui,sans-serif;text-align:left';
const BUTTON =
  'margin:6px 8px 0 0;padding:4px 10px;border:1px solid #c4001d;border-radius:4px;background:#c4001d;color:#fff;font:600 12px/18px system-ui,sans-serif;cursor:pointer';
const LINK = 'display:inline-block;margin:6px 8px 0 0;color:#005bff;font:600 12px/18px system-ui,sans-serif';

function el<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, text?: string, style?: string): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  node.setAttribute(OWNED_ATTRIBUTE, '');
  if (text !== undefined) node.textContent = text;
  if (style) node.setAttribute('style', style);
  return node;
}

export function createBanner(doc: Document, facts: BannerFacts, lang: Lang, deps: BannerDeps = {}): HTMLElement {
  const banner = el(doc, 'div', undefined, BOX);
  banner.setAttribute(BANNER_ATTRIBUTE, '');
  banner.setAttribute('role', 'alert');
  banner.append(el(doc, 'strong', `✖ ${t(lang, 'scamBannerTitle')}`, 'display:block;margin-bottom:4px;color:#8f0015;font-size:14px'));

  const advice = el(doc, 'ul', undefined, 'margin:4px 0;padding-left:18px');
  for (const key of ADVICE_KEYS) advice.append(el(doc, 'li', t(lang, key)));
  banner.append(advice);

  const reasons = facts.verdict.reasons.filter((r) => r.code !== 'allowlisted');
  if (reasons.length > 0) {
    const why = el(doc, 'div', undefined, 'margin-top:4px');
    why.append(el(doc, 'span', `${t(lang, 'scamWhy')} `, 'font-weight:600'));
    why.append(el(doc, 'span', reasons.map((r) => t(lang, `reasonWhy:${r.code}`)).join(' ')));
    banner.append(why);
  }

  const actions = el(doc, 'div');
  const copy = el(doc, 'button', t(lang, 'scamCopyComplaint'), BUTTON);
  copy.type = 'button';
  copy.setAttribute('data-sidekick-action', 'copy-complaint');
  const support = el(doc, 'a', t(lang, 'scamOpenSupport'), LINK);
  support.href = SUPPORT_HREF;
  support.setAttribute('data-sidekick-action', 'open-support');
  // A page script's click on our link follows nothing (a person's click follows it as any link).
  support.addEventListener('click', personOnly(() => {}));
  const status = el(doc, 'span', '', 'display:block;margin-top:4px;font-size:12px');
  status.setAttribute('role', 'status');
  actions.append(copy, support, status);
  banner.append(actions);

  const text = complaintText(facts, lang);
  const fallback = () => {
    // No clipboard (permissions, an old page context): show the text selected, ready for Ctrl+C.
    let area = banner.querySelector<HTMLTextAreaElement>('textarea[data-sidekick-complaint]');
    if (!area) {
      area = el(doc, 'textarea', undefined, 'display:block;box-sizing:border-box;width:100%;min-height:90px;margin-top:6px;font:12px/16px monospace');
      area.setAttribute('data-sidekick-complaint', '');
      area.readOnly = true;
      actions.append(area);
    }
    area.value = text;
    area.focus();
    area.select();
    status.textContent = t(lang, 'scamCopyFailed');
  };
  copy.addEventListener(
    'click',
    personOnly((event) => {
      event.preventDefault();
      const write = deps.writeText;
      if (!write) return fallback();
      write(text).then(
        () => (status.textContent = t(lang, 'scamComplaintCopied')),
        () => fallback(),
      );
    }),
  );
  // The chat's own handlers (focus the box, drag, shortcuts) do not need to see what happens inside the banner.
  for (const type of ['click', 'mousedown', 'keydown', 'keyup', 'keypress']) banner.addEventListener(type, (e) => e.stopPropagation());
  return banner;
}
