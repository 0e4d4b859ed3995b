// The contract's two attributes on a list row or open-chat message the scam guard judged (README, "The observable
// contract"): one definition for the guard that writes them and the presets that read them.
export const RISK_ATTR = 'data-sidekick-risk';
export const REASONS_ATTR = 'data-sidekick-reasons';
/** The tag the guard read for a list row's sender (`unknown` while the fail-safe pauses the tag rule). */
export const TAG_ATTR = 'data-sidekick-tag';
export type TagReading = 'customer' | 'support' | 'none' | 'unknown';
