// The scam guard: its badges, banner and complaint on the portal's pages, and its section of the options page.

export const scamGuard = {
  'scamBadge:warn': '⚠ Suspicious',
  'scamBadge:danger': '✖ Scam risk',
  'scamBadge:allowlisted': '✓ Allowlisted',
  // Screen readers and the tooltip's first line
  'scamTooltip:warn': 'Seller Sidekick: this dialogue looks suspicious.',
  'scamTooltip:danger': 'Seller Sidekick: this looks like a scam.',
  'scamTooltip:allowlisted': 'Seller Sidekick: on your allowlist, not checked.',

  // The banner in an open chat: Ozon's own advice, line by line
  scamBannerTitle: 'This chat looks like a scam',
  scamAdvice1: 'Ozon never moves you to Telegram, WhatsApp or other messengers, and never calls you out of the chat.',
  scamAdvice2: 'Ozon never asks for codes, passwords, your Ozon ID confirmation code or bank card data.',
  scamAdvice3: 'Ozon never asks you to add an employee or an account to your company.',
  scamAdvice4: 'The Customer tag means the sender is a customer, not Ozon: real Ozon support carries the Support tag.',
  scamAdvice5: 'Do not open the links and do not pay outside Ozon. Report the chat to Ozon support.',
  scamWhy: 'Why:',
  scamCopyComplaint: 'Copy a complaint for Ozon support',
  scamComplaintCopied: 'Complaint copied: paste it in a chat with Ozon support.',
  scamCopyFailed: 'Could not copy: the text is selected below, press Ctrl+C.',
  scamOpenSupport: 'Open Ozon support',

  // The complaint for Ozon support
  complaintIntro: 'Hello! I am reporting a suspected scam in a customer chat.',
  complaintChat: 'Chat',
  complaintSender: 'Sender',
  complaintReasons: 'What is wrong',
  complaintUnknown: 'unknown',

  // The options page
  scamTitle: 'Scam guard',
  scamEnabled: 'Warn about suspicious chats and messages',
  scamRules: 'Rules',
  allowlistTitle: 'Allowlist',
  allowlistHint: 'Chats from these senders or with these ids are marked as trusted instead of suspicious.',
  allowlistEmpty: 'The allowlist is empty.',
  allowlistKind: 'Kind',
  allowlistSender: 'Sender name',
  allowlistChat: 'Chat id',
  allowlistSenderName: 'Sender name to trust',
  allowlistChatId: 'Chat id to trust',
  allowlistAdd: 'Add to allowlist',
  allowlistTooLong: 'At most 200 characters',
  allowlistChatInvalid: 'A chat id looks like 7f3c2a10-…: letters a–f, digits and hyphens',
  allowlistDuplicate: 'Already in the allowlist',
  allowlistFull: 'The allowlist holds at most 500 entries',
};
