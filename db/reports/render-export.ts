import type Database from 'better-sqlite3';

import { CLAIM_REVIEW_FORMATS, type ExportFile, type ExportFormat, type ExportScope } from '../../core/api/exports.js';
import { ApiError } from '../../core/api/result.js';
import { claimReviewCounts, claimReviewSetupProblems, leftOutNotice, leftOutReasons } from '../../core/reports/claim-review.js';
import type { ReportModel } from '../../core/reports/model.js';
import { bundleText, exportBundle } from '../bundle/export-bundle.js';
import { buildReportModel } from './build-report-model.js';
import { EXPORT_FORMAT_INFO, exportFileName } from './export-file-name.js';
import { type ModelFormat, renderModel } from './render-model.js';
import { renderModelInWorker } from './render-worker/render-in-worker.js';

export { renderModel } from './render-model.js';

/**
 * From this many claims on, a report is rendered in a worker thread. Rendering costs roughly
 * 0.25 ms per claim on the host thread (2.5 s for 10,000 claims as HTML) while starting a worker
 * costs about 100 ms, so below 500 claims (under ~125 ms of rendering) the worker would only add
 * latency; above it the host's event loop would stall for longer than a worker takes to start.
 */
export const WORKER_RENDER_THRESHOLD = 500;

export interface ExportRequest {
  scope: ExportScope;
  format: ExportFormat;
  bom?: boolean;
  title?: string;
  /** HTML and Markdown reports: print each claim's audit history. */
  history?: boolean;
  /** HTML, Markdown and CSV reports: note claims a later version of their article changed (on unless false). */
  revisionNotes?: boolean;
}

export interface ExportHooks {
  workbenchName?: string;
  /**
   * Told how far the export has got, in claims: at the start and the end, and in between as a
   * report rendered in a worker thread gets through its claims.
   */
  onProgress?: (done: number, total: number) => void;
  /** Checked between steps; when aborted the export stops with a cancelled error. */
  signal?: AbortSignal;
}

/**
 * One export, ready to save. The database is read in one snapshot on the calling thread; a large
 * report is then rendered in a worker thread (see WORKER_RENDER_THRESHOLD), so progress events
 * reach the window and a cancel request, which terminates the worker, arrives while it runs.
 */
export async function renderExport(db: Database.Database, request: ExportRequest, hooks: ExportHooks = {}): Promise<ExportFile> {
  const { format } = request;
  if (format === 'json') return renderBundleExport(db, request, hooks);
  checkCancelled(hooks.signal);
  const model = buildReportModel(db, request.scope, {
    title: request.title,
    history: request.history,
    revisionNotes: request.revisionNotes,
    workbenchName: hooks.workbenchName,
  });
  const notices = CLAIM_REVIEW_FORMATS.has(format) ? claimReviewNotices(model) : [];
  const total = model.claims.length;
  hooks.onProgress?.(0, total);
  await nextTurn();
  checkCancelled(hooks.signal);
  const content = await renderScope(model, format, request.bom ?? false, hooks);
  hooks.onProgress?.(total, total);
  return {
    fileName: exportFileName(format, model.title, model.scope.label, model.generatedAt),
    mediaType: EXPORT_FORMAT_INFO[format].mediaType,
    content,
    ...(notices.length > 0 ? { notices } : {}),
  };
}

/**
 * Checked before anything is rendered: a ClaimReview needs the organisation's name and the page
 * address of each fact-check, and at least one claim in the scope that is Done with a verdict and
 * a rationale. What it leaves out is told, since the file itself cannot say so.
 */
function claimReviewNotices(model: ReportModel): string[] {
  const problems = claimReviewSetupProblems(model.organization);
  if (problems.length > 0) throw new ApiError('conflict', `No ClaimReview was exported. ${problems.join(' ')}`);
  const { publishable, leftOut } = claimReviewCounts(model.claims);
  const total = model.claims.length;
  if (publishable === 0) {
    throw new ApiError(
      'conflict',
      total === 0
        ? 'No ClaimReview was exported: there are no claims in this scope.'
        : `No ClaimReview was exported: ${total === 1 ? 'the claim in this scope is not' : `none of the ${total} claims in this scope is`} Done with a verdict and a rationale (${leftOutReasons(leftOut).join(', ')}).`,
    );
  }
  const notice = leftOutNotice(total, leftOut);
  return notice ? [notice] : [];
}

function renderScope(model: ReportModel, format: ModelFormat, bom: boolean, hooks: ExportHooks): Promise<string> | string {
  const total = model.claims.length;
  // Below the threshold the render is too short for a progress event to reach the window before it ends.
  if (total < WORKER_RENDER_THRESHOLD) return renderModel(model, format, bom);
  return renderModelInWorker(model, format, bom, hooks.signal, (done) => hooks.onProgress?.(done, total));
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
