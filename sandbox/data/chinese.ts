// The Chinese share of the seeded world (SeedOptions.zhChats): dialogues from Chinese-speaking customers, for the
// portal in Chinese (sandbox/portal, lang=zh). Drawn from a random stream of their own after the rest of the
// world, so the world without them stays exactly as it was. The scams among them carry only reasons whose signs do
// not depend on the language — a messenger's name with a handle or a phone, a link, "Ozon" in a customer's name —
// so each label is true of its text whatever the scam guard knows of Chinese.
import { customerName } from './catalog';
import { fill, NONE, productContext, recentAge, type ChatSpec } from './chat-spec';
import type { Line } from './conversations';
import { labelOf, type ReasonCode } from './labels';
import type { Rng } from './prng';

/** Product questions and thanks: ordinary dialogues (label none). `{product}` is the product's name. */
export const ZH_HONEST: readonly (readonly Line[])[] = [
  [['c', '你好！「{product}」有货吗？我想买两件。'], ['s', '您好！有货，今天可以发货。']],
  [['c', '请问这个商品有黑色的吗？']],
  [['c', '你好，{product} 的包装尺寸是多少？'], ['s', '您好！包装尺寸在商品卡片的参数里。'], ['c', '好的，谢谢！']],
  [['c', '买两件可以便宜一点吗？']],
  [['c', '这个是正品吗？有证书吗？'], ['s', '您好！是正品，证书已上传到商品卡片。']],
  [['c', '可以寄到哈萨克斯坦吗？']],
  [['c', '谢谢，东西收到了，质量很好！'], ['s', '感谢您的购买！']],
];

export interface ZhSpecial {
  name: string | null;
  tag: 'customer' | null;
  text: string;
  reasons: readonly ReasonCode[];
}

/** Scams told by signs of any language, and a sender without the Customer tag. */
export const ZH_SPECIAL: readonly ZhSpecial[] = [
  { name: null, tag: 'customer', text: '你好，请在 Telegram 上联系我 @ozon_cn_help，那里更快。', reasons: ['messenger-move'] },
  { name: null, tag: 'customer', text: '加我 WhatsApp +7 999 123-45-67，我们聊一下批量订单。', reasons: ['messenger-move'] },
  { name: null, tag: 'customer', text: '请联系我们的经理：t.me/ozon_cn_seller', reasons: ['messenger-move', 'external-link'] },
  { name: null, tag: 'customer', text: '请访问 https://seller-ozon.ru/update 更新店铺信息。', reasons: ['external-link', 'lookalike-domain'] },
  {
    name: 'Ozon 客服',
    tag: 'customer',
    text: '您好，这里是 Ozon 客服。请点击 https://ozon-seller-support.ru/verify 验证您的店铺。',
    reasons: ['impersonates-support', 'external-link', 'lookalike-domain'],
  },
  { name: null, tag: null, text: '你好，这个商品还有货吗？', reasons: ['no-customer-tag'] },
];

/** Every fourth chat of the share is a special one, the rest ordinary. */
const SPECIAL_EVERY = 4;

/** The `index`-th chat of the Chinese share. */
export function chineseSpec(rng: Rng, index: number): ChatSpec {
  const base = { group: 'customers_v2', chatType: 'BUYER_SELLER', senderName: customerName(rng.pick, 'zh'), ageMs: recentAge(rng) } as const;
  if (index % SPECIAL_EVERY === SPECIAL_EVERY - 1) {
    const special = ZH_SPECIAL[Math.floor(index / SPECIAL_EVERY) % ZH_SPECIAL.length] as ZhSpecial;
    return {
      ...base,
      senderName: special.name ?? base.senderName,
      tag: special.tag,
      context: special.tag === null ? null : productContext(rng).context,
      lines: [['c', special.text]],
      label: labelOf(special.reasons),
      unreadChance: 0.7,
    };
  }
  const { context, product } = rng.chance(0.7) ? productContext(rng) : { context: null, product: '' };
  const lines = rng.pick(ZH_HONEST);
  return { ...base, tag: 'customer', context, lines: lines.map(([who, text]) => [who, fill(text, product, '')] as const), label: NONE, unreadChance: 0.5 };
}
