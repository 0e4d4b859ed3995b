// FBS 订单列表上的“联系买家”：按钮、某行为何没有按钮、发起聊天为何失败。
import type { Translation } from '../translation';
import type { contact as en } from '../en/contact';

export const contact = {
  contactCustomer: '联系买家',
  contactWithTemplate: '用模板联系…',
  // Why a row has no button (lib/shipments/judge.ts, EligibilityReason)
  'contactWhyNot:delivered': '该货件已送达：个人中心不再允许为它发起聊天。',
  'contactWhyNot:cancelled': '该货件已取消：个人中心不允许为它发起聊天。',
  'contactWhyNot:not-rfbs': '不是 realFBS 货件：只有 realFBS 货件允许卖家主动发起聊天。',
  'contactWhyNot:window-closed': '为该货件发起聊天的期限已过。',
  'contactWhyNot:unknown': '无法从页面判断能否为该货件发起聊天。',
  // Why starting the chat failed
  'contactError:window-closed': '该货件的聊天窗口已关闭。',
  'contactError:premium-required': '通过 API 发起聊天需要 Premium Plus 订阅。请改用个人中心自带的按钮。',
  'contactError:network': '无法连接 Ozon，请重试。',
  'contactError:no-panel': '货件详情没有打开。请打开它，并在那里点击“联系买家”。',
  'contactError:no-portal-button': '货件详情中没有“联系买家”按钮。',
  'contactError:generic': '无法发起聊天：{message}',
} satisfies Translation<typeof en>;
