// The messenger page read by subject: chat links (links.ts), the filter controls (filters.ts), the chat list
// (list.ts, list-rows.ts, row-tracker.ts) and the open chat (open-chat.ts, chat-panel.ts, message-box.ts). Every
// word, attribute and selector the portal may change is in cues.ts.
export { chatIdOfHref, linkOf } from './links';
export { filterTargets, findFilterControls, pressedFilters, resetTarget, type FilterControl, type FilterScan } from './filters';
export { readRow, scanChatList, type ChatListScan, type ChatRow } from './list';
export { chatRowsTarget } from './list-rows';
export { createRowTracker, isDialogueRow, type RowTracker } from './row-tracker';
export { waitingHoursFromListTime } from './list-time';
export { chatPanelTarget } from './chat-panel';
export { messageBoxTarget } from './message-box';
export { sideOfLayout, type Side } from './message-side';
export { readOpenChat, type ChatMessage, type OpenChat, type OpenChatScan } from './open-chat';
export { contextOf, filterOfLabel, isResetLabel, isYouLabel, tagOf, type ChatTag, type RowContext } from './words';
