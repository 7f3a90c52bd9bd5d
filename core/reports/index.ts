// Report renderers: pure functions from a ReportModel to the text of each export format.
export {
  claimReviewCounts,
  type ClaimReviewLd,
  ClaimReviewSetupError,
  claimReviewSetupProblems,
  claimReviewStanding,
  leftOutNotice,
  leftOutReasons,
  renderClaimReview,
  renderClaimReviewJson,
  renderClaimReviewScript,
} from './claim-review.js';
export { codePointOffset, codePointRange } from './code-points.js';
export { type ClaimContext, claimContext, contextSentence, type QuoteContext } from './context-sentence.js';
export { CSV_COLUMNS, type CsvOptions, renderCsv } from './csv-report.js';
export { renderHtmlReport, REPORT_CSP } from './html-report.js';
export { escapeForScript, jsonLdScript, jsonLdText } from './json-ld.js';
export { renderMarkdown } from './markdown-report.js';
export type { ReportClaim, ReportDocument, ReportModel, ReportOrganization, ReportScale, ReportScope, ReportScopeKind } from './model.js';
export { reportScale } from './model.js';
export type { RenderOptions } from './render-progress.js';
export { type AnnotationCollection, renderWebAnnotations, renderWebAnnotationsJson, type WebAnnotation } from './web-annotations.js';
