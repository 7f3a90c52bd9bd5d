import type { ReportModel } from '../../../core/reports/model.js';
import type { ModelFormat } from '../render-model.js';

/** What the host sends the render worker: one model, rendered once. */
export interface RenderRequest {
  model: ReportModel;
  format: ModelFormat;
  bom: boolean;
}

export type RenderReply =
  { kind: 'progress'; claimsDone: number } | { kind: 'done'; content: string } | { kind: 'failed'; message: string };

/**
 * Progress is posted about a hundred times per report, not once per claim: each message crosses
 * threads and becomes an event to the window, and a finer bar would not look any different.
 */
export function progressStep(totalClaims: number): number {
  return Math.max(1, Math.floor(totalClaims / 100));
}
