// 扩展后台（entrypoints/background/errors.ts）和 Seller API 客户端（entrypoints/background/ozon-api/errors.ts）
// 返回的错误。它们以每种语言发往页面（ReplyError.text）。
import type { Translation } from '../translation';
import type { errors as en } from '../en/errors';

export const errors = {
  errorInternal: '扩展后台内部错误',
  errorNoSuchStore: '没有这个店铺',
  errorChooseStore: '请为此操作选择店铺',
  errorNoApiStore: '尚未连接可使用 Seller API 的店铺',
  errorApiKeyRequired: '新店铺必须填写 Api-Key',
  errorMessageEmpty: '消息为空',
  errorDuplicateMessage: '这段文字与发到此聊天的上一条消息完全相同；Ozon 会限制重复回复的卖家',

  // The Seller API client, by OzonErrorKind
  'apiError:invalid-key': 'Ozon 不接受此 Client-Id 和 Api-Key。请在卖家个人中心的“设置 → API 密钥”中核对，或创建新的密钥。',
  'apiError:premium-required': 'Ozon 拒绝访问：聊天方法需要 Premium Plus 或 Premium Pro 订阅，且 Api-Key 的角色必须允许调用该方法。',
  'apiError:rate-limited': '目前对 Ozon 的请求过多，请一分钟后重试。',
  'apiError:not-found': 'Ozon 没有找到所请求的内容（聊天或货件可能已不存在）。',
  'apiError:bad-request': 'Ozon 拒绝了该请求。',
  'apiError:server': 'Ozon 服务器出错，请稍后重试。',
  'apiError:network': '无法连接 api-seller.ozon.ru，请检查网络连接。',
  'apiError:timeout': 'Ozon 没有及时响应，请稍后重试。',
  'apiError:malformed': 'Ozon 返回的格式出乎意料。请稍后重试；如果反复出现，请告诉我们。',
  'apiError:window-closed': 'Ozon 已不允许在此聊天中发消息：给这位买家发消息的期限已过。只能在买家最后一条消息后的 48 小时内回复。',
  'apiError:circuit-open': '由于请求过多，Ozon 暂时封锁了此方法，通常几分钟内即可恢复。',
  apiErrorServerStatus: 'Ozon 服务器出错（HTTP {status}），请稍后重试。',
  apiErrorRefusedSays: 'Ozon 拒绝了该请求。Ozon 的说明：{message}',
  apiErrorUnknown: '与 Ozon 通信时出错。',
} satisfies Translation<typeof en>;
