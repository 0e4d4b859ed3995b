// The one typed protocol between the content script, the popup, the options page and the background: every
// request (requests.ts), who may send it (senders.ts), how the background checks it (parse.ts), every answer
// (replies.ts), and what the background sends unasked (events.ts, commands.ts). Nothing else crosses the door.
// This module is the door's public face; the types of pure logic (shipments, the settings file) live with it.
export { RequestSchemas, type AnyRequest, type RequestOf, type RequestType } from './requests';
export { ALLOWED_SENDERS, classifySender, type SenderInfo, type SenderKind } from './senders';
export { parseRequest, type ParseResult } from './parse';
export type {
  ChatMeta,
  ConnectionReport,
  PresetCount,
  Reply,
  ReplyError,
  ResponseMap,
  StatusReport,
  StoreSummary,
  UnansweredChat,
  UnansweredReport,
} from './replies';
export { isBackgroundEvent, syncProgressEvent, type BackgroundEvent } from './events';
export { commandMessage, isCommandMessage, type CommandMessage } from './commands';
export type { EligibilityReason, ShipmentEligibility } from '../shipments/judge';
export type { SettingsDocument } from '../settings-io';
