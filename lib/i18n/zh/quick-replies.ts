// 个人中心页面上的快捷回复选择器。
import type { Translation } from '../translation';
import type { quickReplies as en } from '../en/quick-replies';

export const quickReplies = {
  quickRepliesTitle: '快捷回复',
  quickRepliesButton: '模板',
  quickRepliesButtonLabel: '插入快捷回复模板',
  quickRepliesNone: '还没有模板。请在扩展的设置中添加。',
  quickRepliesChoose: '选择模板',
  quickRepliesInsert: '插入',
  quickRepliesSend: '发送',
  quickRepliesSending: '正在发送…',
  quickRepliesTranslationNote: '用您自己的语言书写即可：个人中心会把您的消息翻译成买家的语言。',
  quickRepliesCount: '{length} / {max} 个字符',
  quickRepliesRateWarning: '您在 {minutes} 分钟内已在 {chats} 个聊天中使用了此模板。Ozon 会限制发送重复回复的卖家：建议调整一下文字。',
  'quickRepliesError:empty': '消息为空。',
  'quickRepliesError:too-long': '消息长 {length} 个字符；个人中心最多允许 {max} 个。',
  'quickRepliesError:missing-values': '此处缺少以下值：{names}。',
  'quickRepliesError:repeat': '这段文字与发到此聊天的上一条消息完全相同。Ozon 会限制重复回复的卖家。',
  // The values a template could not be filled with (lib/templates/model.ts, PLACEHOLDERS)
  'quickRepliesValue:posting_number': '货件号',
  'quickRepliesValue:order_number': '订单号',
  'quickRepliesValue:customer_name': '买家姓名',
  'quickRepliesValue:product': '商品',
  'quickRepliesValue:seller_name': '卖家名称',
} satisfies Translation<typeof en>;
