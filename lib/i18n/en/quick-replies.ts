// The quick-reply picker on the portal's pages.

export const quickReplies = {
  quickRepliesTitle: 'Quick replies',
  quickRepliesButton: 'Templates',
  quickRepliesButtonLabel: 'Insert a quick-reply template',
  quickRepliesNone: 'No templates yet. Add them in the extension’s settings.',
  quickRepliesChoose: 'Choose a template',
  quickRepliesInsert: 'Insert',
  quickRepliesSend: 'Send',
  quickRepliesSending: 'Sending…',
  quickRepliesTranslationNote: 'Write in your language: the portal translates your messages into the customer’s.',
  quickRepliesCount: '{length} / {max} characters',
  quickRepliesRateWarning: 'You have used this template on {chats} chats in {minutes} minutes. Ozon limits sellers who send repetitive answers: consider adjusting the text.',
  'quickRepliesError:empty': 'The message is empty.',
  'quickRepliesError:too-long': 'The message is {length} characters long; the portal allows at most {max}.',
  'quickRepliesError:missing-values': 'No value here for: {names}.',
  'quickRepliesError:repeat': 'This exact text was the last message to this chat. Ozon limits sellers who repeat answers.',
  // The values a template could not be filled with (lib/templates/model.ts, PLACEHOLDERS)
  'quickRepliesValue:posting_number': 'posting number',
  'quickRepliesValue:order_number': 'order number',
  'quickRepliesValue:customer_name': 'customer name',
  'quickRepliesValue:product': 'product',
  'quickRepliesValue:seller_name': 'seller name',
};
