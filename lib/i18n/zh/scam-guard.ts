// 防诈骗保护：个人中心页面上的标记、横幅和投诉，以及它在设置页中的部分。横幅中的建议依据 Ozon 的聊天安全规则。
import type { Translation } from '../translation';
import type { scamGuard as en } from '../en/scam-guard';

export const scamGuard = {
  'scamBadge:warn': '⚠ 可疑',
  'scamBadge:danger': '✖ 诈骗风险',
  'scamBadge:allowlisted': '✓ 已信任',
  // Screen readers and the tooltip's first line
  'scamTooltip:warn': 'Seller Sidekick：此对话看起来可疑。',
  'scamTooltip:danger': 'Seller Sidekick：这看起来像是诈骗。',
  'scamTooltip:allowlisted': 'Seller Sidekick：在您的信任名单中，不做检查。',

  // The banner in an open chat: Ozon's own advice, line by line
  scamBannerTitle: '此聊天疑似诈骗',
  scamAdvice1: 'Ozon 从不把您引导到 Telegram、WhatsApp 或其他即时通讯软件，也从不要求您在聊天之外通话。',
  scamAdvice2: 'Ozon 从不索要验证码、密码、Ozon ID 确认码或银行卡信息。',
  scamAdvice3: 'Ozon 从不要求您把员工或账户添加到您的公司。',
  scamAdvice4: '“买家”标签表示发信人是买家而不是 Ozon：真正的 Ozon 客服带有“客服”标签。',
  scamAdvice5: '不要打开链接，也不要在 Ozon 之外付款。请向 Ozon 客服举报此聊天。',
  scamWhy: '原因：',
  scamCopyComplaint: '复制给 Ozon 客服的投诉',
  scamComplaintCopied: '投诉已复制：请粘贴到与 Ozon 客服的聊天中。',
  scamCopyFailed: '无法复制：文字已在下方选中，请按 Ctrl+C。',
  scamOpenSupport: '打开 Ozon 客服',

  // The complaint for Ozon support
  complaintIntro: '您好！我要举报一个买家聊天中的疑似诈骗。',
  complaintChat: '聊天',
  complaintSender: '发信人',
  complaintReasons: '问题所在',
  complaintUnknown: '未知',

  // The options page
  scamTitle: '防诈骗保护',
  scamEnabled: '对可疑的聊天和消息发出警告',
  scamRules: '规则',
  allowlistTitle: '信任名单',
  allowlistHint: '来自这些发信人或具有这些 ID 的聊天会被标为已信任，而不是可疑。',
  allowlistEmpty: '信任名单为空。',
  allowlistKind: '类型',
  allowlistSender: '发信人姓名',
  allowlistChat: '聊天 ID',
  allowlistSenderName: '要信任的发信人姓名',
  allowlistChatId: '要信任的聊天 ID',
  allowlistAdd: '添加到信任名单',
  allowlistTooLong: '最多 200 个字符',
  allowlistChatInvalid: '聊天 ID 形如 7f3c2a10-…：由字母 a–f、数字和连字符组成',
  allowlistDuplicate: '已在信任名单中',
  allowlistFull: '信任名单最多 500 条',
} satisfies Translation<typeof en>;
