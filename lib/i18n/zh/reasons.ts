// 防诈骗保护的原因（lib/scam/reason-codes.ts）：列表中的简短名称，以及每个原因的说明。检测器只提供英语和俄语的
// 说明（lib/scam/texts.ts），所以中文的 `reasonWhy:<code>` 写在这里（lib/i18n/reason-explanations.ts）。
import type { Translation } from '../translation';
import type { reasons as en } from '../en/reasons';

export const reasons = {
  'reason:no-customer-tag': '发信人没有“买家”标签',
  'reason:impersonates-support': '冒充 Ozon 客服',
  'reason:messenger-move': '要求转到其他即时通讯软件',
  'reason:asks-code': '索要短信或应用中的验证码',
  'reason:asks-card': '索要银行卡信息',
  'reason:asks-personal-data': '索要护照或其他个人信息',
  'reason:off-platform-payment': '提出在 Ozon 之外付款',
  'reason:external-link': '含有指向其他网站的链接',
  'reason:lookalike-domain': '链接指向仿冒 Ozon 的网站',
  'reason:add-employee': '要求被添加为店铺员工',
  'reason:threat-urgency': '威胁或催促立即行动',
  'reason:allowlisted': '您已信任（信任名单）',

  'reasonWhy:no-customer-tag': '没有“买家”标签：真正的买家在“买家”列表中总是带有这个标签。',
  'reasonWhy:impersonates-support': '买家自称是 Ozon 或 Ozon 客服。真正的 Ozon 客服带有“客服”标签。',
  'reasonWhy:messenger-move': '要求转到即时通讯软件、电话或电子邮件。Ozon 从不把卖家引导到聊天之外。',
  'reasonWhy:asks-code': '索要验证码或密码。切勿透露短信验证码、密码或 Ozon ID 验证码。',
  'reasonWhy:asks-card': '索要银行卡信息。Ozon 从不索要卡号或 CVV。',
  'reasonWhy:asks-personal-data': '索要个人信息（护照、地址）。个人信息只提供给 Ozon 客服。',
  'reasonWhy:off-platform-payment': '在 Ozon 之外付款或退款（转账到银行卡、二维码、“误退款”）。资金只通过 Ozon 流转。',
  'reasonWhy:external-link': '指向非 Ozon 网站的链接。不要打开，也不要在那里输入任何内容。',
  'reasonWhy:lookalike-domain': '该链接仿冒 Ozon 的网址，但并不是 Ozon。',
  'reasonWhy:add-employee': '要求把员工或账户添加到您的公司。切勿添加外部账户。',
  'reasonWhy:threat-urgency': '以封号、罚款或投诉相威胁并催促您。请在与 Ozon 客服的聊天中核实。',
  'reasonWhy:allowlisted': '在您的信任名单中：不做检查。',
} satisfies Translation<typeof en>;
