// Errors the background answers with (entrypoints/background/errors.ts) and the Seller API client's
// (entrypoints/background/ozon-api/errors.ts). They travel to the pages in every language (ReplyError.text).

export const errors = {
  errorInternal: 'Internal error in the background',
  errorNoSuchStore: 'No such store',
  errorChooseStore: 'Choose the store for this action',
  errorNoApiStore: 'No store with the Seller API is connected',
  errorApiKeyRequired: 'Api-Key is required for a new store',
  errorMessageEmpty: 'The message is empty',
  errorDuplicateMessage: 'This exact text was the last message sent to this chat; Ozon limits sellers who repeat answers',

  // The Seller API client, by OzonErrorKind
  'apiError:invalid-key': 'Ozon did not accept the Client-Id and Api-Key. Check them in Settings → API keys on the seller portal, or create a new key.',
  'apiError:premium-required': 'Ozon refused access: the chat methods need a Premium Plus or Premium Pro subscription, and the Api-Key needs a role that allows the method.',
  'apiError:rate-limited': 'Too many requests to Ozon right now. Try again in a minute.',
  'apiError:not-found': 'Ozon did not find what was asked for (the chat or the shipment may no longer exist).',
  'apiError:bad-request': 'Ozon refused the request.',
  'apiError:server': "Ozon's server error. Try again later.",
  'apiError:network': 'Could not reach api-seller.ozon.ru. Check the internet connection.',
  'apiError:timeout': 'Ozon did not answer in time. Try again later.',
  'apiError:malformed': 'Ozon answered in an unexpected format. Try again later; if it repeats, please report it.',
  'apiError:window-closed': "Ozon no longer lets you write in this chat: the period for messages to this customer has expired. You can only answer within 48 hours of the customer's last message.",
  'apiError:circuit-open': 'Ozon has temporarily blocked this method after too many requests. It usually recovers within a few minutes.',
  apiErrorServerStatus: "Ozon's server error (HTTP {status}). Try again later.",
  apiErrorRefusedSays: 'Ozon refused the request. Ozon says: {message}',
  apiErrorUnknown: 'Something went wrong while talking to Ozon.',
};
