// What the extension's adapters find on the page, as counts and flags only: stored in a layout report, so that a
// seller's report says both what the page looks like and what we read from it (and a replay can be checked
// against it). Uses the adapters' public functions only.
import { scanChatList } from '../portal/messenger';
import { findShipmentRows } from '../portal/orders';

export interface PageFindings extends Record<string, number | boolean> {
  /** Dialogue rows the chat-list adapter found. */
  chatRows: number;
  /** Of those, the rows whose tag (Customer/Support) it could read. */
  chatRowsWithTag: number;
  /** Shipment rows the orders adapter found. */
  shipmentRows: number;
}

export function pageFindings(scope: ParentNode = document): PageFindings {
  let chatRows = 0;
  let chatRowsWithTag = 0;
  let shipmentRows = 0;
  // A failing adapter must not cost the seller the report: its count stays 0.
  try {
    const rows = scanChatList(scope).rows;
    chatRows = rows.length;
    chatRowsWithTag = rows.filter((r) => r.tag !== null).length;
  } catch {
    /* counted as none */
  }
  try {
    shipmentRows = findShipmentRows(scope).length;
  } catch {
    /* counted as none */
  }
  return { chatRows, chatRowsWithTag, shipmentRows };
}
