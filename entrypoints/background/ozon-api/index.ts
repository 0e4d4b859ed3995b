// The Seller API client's public surface.
export { createOzonClient } from './client';
export type { OzonClient, OzonClientOptions } from './client';
export { isOzonApiError, messageFor, OzonApiError } from './errors';
export type { OzonErrorKind } from './errors';
export { resetRateLimiters } from './rate-limiter';
export type * from './types';
