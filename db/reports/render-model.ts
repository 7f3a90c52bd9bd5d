import type { ExportFormat } from '../../core/api/exports.js';
import type { RenderOptions, ReportModel } from '../../core/reports/index.js';
import {
  renderClaimReviewJson,
  renderClaimReviewScript,
  renderCsv,
  renderHtmlReport,
  renderMarkdown,
  renderWebAnnotationsJson,
} from '../../core/reports/index.js';

/** Every export format whose text is rendered from a ReportModel (the JSON bundle is not). */
export type ModelFormat = Exclude<ExportFormat, 'json'>;

// Kept apart from render-export.ts so the render worker bundles only the pure renderers, not SQLite.
export function renderModel(model: ReportModel, format: ModelFormat, bom: boolean, options: RenderOptions = {}): string {
  switch (format) {
    case 'html':
      return renderHtmlReport(model, options);
    case 'md':
      return renderMarkdown(model, options);
    case 'csv':
      return renderCsv(model, { ...options, bom });
    case 'claimreview':
      return renderClaimReviewJson(model, options);
    case 'claimreview-script':
      return renderClaimReviewScript(model, options);
    case 'webannotation':
      return renderWebAnnotationsJson(model, options);
  }
}
