// The sidebar on the portal's pages: its frame, what it says about the page, the layout report.

export const page = {
  sidebarTitle: 'Seller Sidekick',
  sidebarCollapse: 'Collapse the sidebar',
  sidebarExpand: 'Open the Seller Sidekick sidebar',
  sidebarResize: 'Drag to resize the sidebar',
  pageMessenger: 'Customer chats',
  pageOrders: 'Orders from my warehouses',
  pageUnknown: 'This page is not one Seller Sidekick works on.',
  shipmentsSummary: 'Shipments on the page where you can contact the customer: {available}; where not: {unavailable} (hover a row for the reason).',
  quickRepliesOpen: 'Quick replies…',
  suspiciousCount: 'Suspicious dialogues on this page: {count}',
  save: 'Save',
  errorGeneric: 'Something went wrong: {message}',
  errorBackground: 'The extension’s background is not answering. Reload the page.',

  // What could not be recognised on the page
  noteUnrecognised: 'Could not recognise on this page: {parts}. The portal may have changed; the other features keep working.',
  partChatList: 'the chat list',
  partChatRows: 'the dialogues in the list',
  partRowNames: 'the senders’ names',
  partFilter: 'the filter «{label}»',
  partOpenChat: 'the open chat',
  partChatHeader: 'the open chat’s header',
  partMessageBox: 'the message box',
  noticeTagUnreadable: 'On this page layout Seller Sidekick could not read the Customer tag, so the “no Customer tag” check is paused. The other checks (requests for codes, moves to other messengers, links and the rest) keep running. Please copy the layout report below and send it to us, so that we can read this layout too.',
  noticeTagUnreadableShort: 'The Customer tag check is paused on this page',

  // The layout report (docs/layout-report.md)
  layoutReportCopy: 'Copy layout report',
  layoutReportHint: 'When something on this page is not recognised, send us its layout: the page’s structure only, no names, messages or numbers.',
  layoutReportCopied: 'Layout report copied ({kb} KB). Paste it into a new issue on the project’s tracker. It holds the page’s structure only: no names, no messages, no numbers.',
  layoutReportManual: 'The browser did not allow copying. Copy the report from the box below, or download it as a file, and paste or attach it to a new issue on the project’s tracker. It holds no names, messages or numbers.',
  layoutReportField: 'Layout report (JSON)',
  layoutReportDownload: 'Download as a .json file',
  layoutReportFailed: 'Could not build the layout report on this page.',
};
