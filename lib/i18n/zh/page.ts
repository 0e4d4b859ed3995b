// 个人中心页面上的侧边栏：它的框架、它对页面的说明、页面结构报告。
import type { Translation } from '../translation';
import type { page as en } from '../en/page';

export const page = {
  sidebarTitle: 'Seller Sidekick',
  sidebarCollapse: '收起侧边栏',
  sidebarExpand: '打开 Seller Sidekick 侧边栏',
  sidebarResize: '拖动以调整侧边栏宽度',
  pageMessenger: '买家聊天',
  pageOrders: '从我的仓库发货的订单',
  pageUnknown: 'Seller Sidekick 不在此页面上工作。',
  shipmentsSummary: '本页可联系买家的货件：{available}；不可联系的：{unavailable}（鼠标悬停在行上可查看原因）。',
  quickRepliesOpen: '快捷回复…',
  suspiciousCount: '本页的可疑对话：{count}',
  save: '保存',
  errorGeneric: '出错了：{message}',
  errorBackground: '扩展后台没有响应。请刷新页面。',

  // What could not be recognised on the page
  noteUnrecognised: '无法识别本页上的：{parts}。个人中心可能已改版；其他功能照常工作。',
  partChatList: '聊天列表',
  partChatRows: '列表中的对话',
  partRowNames: '发信人姓名',
  partFilter: '筛选条件“{label}”',
  partOpenChat: '打开的聊天',
  partChatHeader: '打开的聊天的标题栏',
  partMessageBox: '消息输入框',
  noticeTagUnreadable: '在这种页面布局上，Seller Sidekick 无法读取“买家”标签，因此暂停了“没有买家标签”这项检查。其他检查（索要验证码、引导到其他即时通讯软件、链接等）仍在运行。请复制下方的页面结构报告并发给我们，以便我们也能读取这种布局。',
  noticeTagUnreadableShort: '本页已暂停“买家”标签检查',

  // The layout report (docs/layout-report.md)
  layoutReportCopy: '复制页面结构报告',
  layoutReportHint: '本页有内容无法识别时，请把页面结构发给我们：只有页面的结构，没有姓名、消息或号码。',
  layoutReportCopied: '已复制页面结构报告（{kb} KB）。请把它粘贴到本项目问题跟踪器的新问题中。报告只含页面结构：没有姓名、消息或号码。',
  layoutReportManual: '浏览器不允许复制。请从下方文本框复制报告，或将其下载为文件，然后粘贴或附加到本项目问题跟踪器的新问题中。报告不含姓名、消息或号码。',
  layoutReportField: '页面结构报告（JSON）',
  layoutReportDownload: '下载为 .json 文件',
  layoutReportFailed: '无法在此页面上生成页面结构报告。',
} satisfies Translation<typeof en>;
