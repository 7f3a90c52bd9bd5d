// Report renderers: pure functions from a ReportModel to the text of each export format.
export type {
  ReportClaim,
  ReportDocument,
  ReportModel,
  ReportOrganization,
  ReportScale,
  ReportScope,
  ReportScopeKind,
} from './model.js';
export { reportScale } from './model.js';
export { claimContext, contextSentence, type ClaimContext, type QuoteContext } from './context-sentence.js';
export { REPORT_CSP, renderHtmlReport } from './html-report.js';
export { renderMarkdown } from './markdown-report.js';
export { CSV_COLUMNS, renderCsv, type CsvOptions } from './csv-report.js';
export { renderClaimReview, renderClaimReviewJson, type ClaimReviewLd } from './claim-review.js';
export {
  renderWebAnnotations,
  renderWebAnnotationsJson,
  type AnnotationCollection,
  type WebAnnotation,
} from './web-annotations.js';
export type { RenderOptions } from './render-progress.js';
export { codePointOffset, codePointRange } from './code-points.js';
