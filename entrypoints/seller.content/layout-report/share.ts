// The report the sidebar's "Copy layout report" button hands the seller: the whole page (our own sidebar and
// additions are skipped by the report itself) with what the adapters found on it, as compact JSON.
import { layoutReport } from './report';
import { pageFindings } from './findings';

export const LAYOUT_REPORT_FILE_NAME = 'seller-sidekick-layout-report.json';

export function pageLayoutReportJson(doc: Document = document, flags: Record<string, boolean> = {}): string {
  const report = layoutReport(doc.body, { findings: { ...pageFindings(doc), ...flags } });
  return JSON.stringify(report);
}

/** The report's size as the seller reads it: whole kilobytes, at least 1. */
export const kilobytes = (json: string): number => Math.max(1, Math.ceil(new TextEncoder().encode(json).length / 1024));
