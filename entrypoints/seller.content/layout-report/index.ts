// The layout report: a privacy-safe skeleton of the portal page a seller sees (docs/layout-report.md).
export { layoutReport, DEFAULT_MAX_ELEMENTS, DEFAULT_MAX_SIBLINGS, type LayoutReportOptions } from './report';
export { categoryOf } from './text-category';
export * from './format';
export { pageFindings, type PageFindings } from './findings';
export { pageLayoutReportJson, kilobytes, LAYOUT_REPORT_FILE_NAME } from './share';
