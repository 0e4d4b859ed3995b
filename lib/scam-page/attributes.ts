// The contract's two attributes on a list row or open-chat message the scam guard judged (../shared/contract.md):
// one definition for the guard that writes them and the presets that read them.
export const RISK_ATTR = 'data-sidekick-risk';
export const REASONS_ATTR = 'data-sidekick-reasons';
