import type { ReportModel } from '../../../core/reports/model.js';
import type { ModelFormat } from '../render-model.js';

/** What the host sends the render worker: one model, rendered once. */
export interface RenderRequest {
  model: ReportModel;
  format: ModelFormat;
  bom: boolean;
}

export type RenderReply = { kind: 'done'; content: string } | { kind: 'failed'; message: string };
