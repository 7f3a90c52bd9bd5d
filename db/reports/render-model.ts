import type { ExportFormat } from '../../core/api/exports.js';
import type { ReportModel } from '../../core/reports/model.js';
import { renderClaimReviewJson, renderCsv, renderHtmlReport, renderMarkdown, renderWebAnnotationsJson } from '../../core/reports/index.js';

/** Every export format whose text is rendered from a ReportModel (the JSON bundle is not). */
export type ModelFormat = Exclude<ExportFormat, 'json'>;

// Kept apart from render-export.ts so the render worker bundles only the pure renderers, not SQLite.
export function renderModel(model: ReportModel, format: ModelFormat, bom: boolean): string {
  switch (format) {
    case 'html':
      return renderHtmlReport(model);
    case 'md':
      return renderMarkdown(model);
    case 'csv':
      return renderCsv(model, { bom });
    case 'claimreview':
      return renderClaimReviewJson(model);
    case 'webannotation':
      return renderWebAnnotationsJson(model);
  }
}
