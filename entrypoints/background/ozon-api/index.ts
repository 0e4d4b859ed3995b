// The Seller API client's public surface.
export { createOzonClient } from './client';
export type { HistorySinceOptions, OzonClient, OzonClientOptions, PostingsByOrdersOptions } from './client';
export { isOzonApiError, messageFor, OzonApiError } from './errors';
export type { Lang, OzonErrorKind } from './errors';
export { authorOf, canonicalChatType, chatStatusOf, enumKey, isBuyerChatType, isRfbsTpl, subscriptionOf } from './enums';
export { HARD_MAX_REQUESTS_PER_SECOND, resetRateLimiters } from './rate-limiter';
export { DEFAULT_BASE_URL } from './transport';
export { redact, redactDeep, REDACTED } from './redact';
export type * from './types';
