// Contact Customer on the FBS orders list: the buttons, why a row has none, why starting a chat failed.

export const contact = {
  contactCustomer: 'Contact Customer',
  contactWithTemplate: 'Contact with template…',
  // Why a row has no button (lib/shipments/judge.ts, EligibilityReason)
  'contactWhyNot:delivered': 'The shipment is delivered: the portal no longer lets you start a chat for it.',
  'contactWhyNot:cancelled': 'The shipment is cancelled: the portal does not let you start a chat for it.',
  'contactWhyNot:not-rfbs': 'Not a realFBS shipment: only realFBS shipments let the seller start a chat.',
  'contactWhyNot:window-closed': 'The time to start a chat for this shipment is over.',
  'contactWhyNot:unknown': 'Could not tell from the page whether a chat can be started for this shipment.',
  // Why starting the chat failed
  'contactError:window-closed': 'The chat window for this shipment is closed.',
  'contactError:premium-required': 'Starting chats through the API needs Premium Plus. Use the portal’s own button instead.',
  'contactError:network': 'No connection to Ozon. Try again.',
  'contactError:no-panel': 'The shipment’s page did not open. Open it and press Contact Customer there.',
  'contactError:no-portal-button': 'The shipment’s page has no Contact Customer button.',
  'contactError:generic': 'Could not start the chat: {message}',
};
