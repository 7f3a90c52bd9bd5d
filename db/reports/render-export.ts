import type Database from 'better-sqlite3';
import type { ExportFile, ExportFormat, ExportScope } from '../../core/api/exports.js';
import { ApiError } from '../../core/api/result.js';
import type { ReportModel } from '../../core/reports/model.js';
import { renderClaimReviewJson, renderCsv, renderHtmlReport, renderMarkdown, renderWebAnnotationsJson } from '../../core/reports/index.js';
import { bundleText, exportBundle } from '../bundle/export-bundle.js';
import { buildReportModel } from './build-report-model.js';
import { EXPORT_FORMAT_INFO, exportFileName } from './export-file-name.js';

export interface ExportRequest {
  scope: ExportScope;
  format: ExportFormat;
  bom?: boolean;
  title?: string;
}

export interface ExportHooks {
  workbenchName?: string;
  /** Told how far the export has got, in claims; called at least at the start and the end. */
  onProgress?: (done: number, total: number) => void;
  /** Checked between steps; when aborted the export stops with a cancelled error. */
  signal?: AbortSignal;
}

/**
 * One export, ready to save. The database is read in one snapshot; the host's event loop gets a
 * turn between the steps (reading, rendering), so progress events reach the window and a cancel
 * request can arrive while a large export runs.
 */
export async function renderExport(db: Database.Database, request: ExportRequest, hooks: ExportHooks = {}): Promise<ExportFile> {
  const { format } = request;
  if (format === 'json') return renderBundleExport(db, request, hooks);
  checkCancelled(hooks.signal);
  const model = buildReportModel(db, request.scope, { title: request.title, workbenchName: hooks.workbenchName });
  const total = model.claims.length;
  hooks.onProgress?.(0, total);
  await nextTurn();
  checkCancelled(hooks.signal);
  const content = renderModel(model, format, request.bom ?? false);
  hooks.onProgress?.(total, total);
  return {
    fileName: exportFileName(format, model.title, model.scope.label, model.generatedAt),
    mediaType: EXPORT_FORMAT_INFO[format].mediaType,
    content,
  };
}

export function renderModel(model: ReportModel, format: Exclude<ExportFormat, 'json'>, bom: boolean): string {
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

async function renderBundleExport(db: Database.Database, request: ExportRequest, hooks: ExportHooks): Promise<ExportFile> {
  checkCancelled(hooks.signal);
  const bundle = exportBundle(db, request.scope, hooks.workbenchName);
  const total = bundle.claims.length;
  hooks.onProgress?.(0, total);
  await nextTurn();
  checkCancelled(hooks.signal);
  const content = bundleText(bundle);
  hooks.onProgress?.(total, total);
  const title = request.title?.trim() || bundle.scope.label;
  return {
    fileName: exportFileName('json', title, bundle.scope.kind, bundle.exportedAt),
    mediaType: EXPORT_FORMAT_INFO.json.mediaType,
    content,
  };
}

function checkCancelled(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new ApiError('cancelled', 'The export was cancelled.');
}

function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
