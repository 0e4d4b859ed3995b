// The FBS orders list (`/app/postings/fbs`, `/app/postings/crossborder/fbs`) read by subject: shipment rows
// (rows.ts), their columns (columns.ts) and facts (facts.ts), the details panel (details.ts). Every word, query key
// and selector the portal may change is in cues.ts.
export { findShipmentRows, type ShipmentRow } from './rows';
export { findColumnHeaders, type HeaderCache } from './columns';
export { readShipmentRow, type ShipmentFacts } from './facts';
export { detailsHref, findDetailsPanel, findPortalContactButton } from './details';
