import type { Worker } from 'node:worker_threads';

import { ApiError } from '../../../core/api/result.js';
import type { ReportModel } from '../../../core/reports/model.js';
import { resolveWorkerEntry, startWorker, type WorkerScript } from '../../../workers/start-worker.js';
import type { ModelFormat } from '../render-model.js';
import type { RenderReply, RenderRequest } from './render-protocol.js';

const RENDER_WORKER_SCRIPT: WorkerScript = { name: 'render-worker', label: 'report renderer' };

// A 10,000-claim HTML report holds tens of megabytes of strings while it is being joined; the
// default old-generation limit of a worker is the host's, which is plenty, so only the young
// generation is widened to keep the many short-lived fragments from triggering constant scavenges.
const RESOURCE_LIMITS = { maxYoungGenerationSizeMb: 64 };

const running = new Set<Worker>();

/** How many render workers are alive right now; each exits as soon as its export is done or cancelled. */
export function liveRenderWorkers(): number {
  return running.size;
}

/**
 * renderModel in a worker thread started for this one export, so the host's event loop (the
 * Electron main process, the browser host's server) stays free while a large report is rendered.
 * The model is copied to the worker (structured clone) and the text copied back. Aborting
 * `signal` terminates the worker and rejects with a 'cancelled' ApiError. `onProgress` hears how
 * many claims are rendered, every hundredth of the report.
 */
export function renderModelInWorker(
  model: ReportModel,
  format: ModelFormat,
  bom: boolean,
  signal?: AbortSignal,
  onProgress?: (claimsDone: number) => void,
): Promise<string> {
  return new Promise<string>((resolve, reject) => {
    if (signal?.aborted) {
      reject(cancelled());
      return;
    }
    let worker: Worker;
    try {
      // In a bundle __dirname is dist/node or dist/electron, which hold render-worker.cjs; under
      // vitest it is this folder, which holds render-worker.ts.
      if (typeof __dirname !== 'string') throw new Error('The report renderer runs from the CommonJS bundles or under vitest.');
      worker = startWorker(resolveWorkerEntry(__dirname, RENDER_WORKER_SCRIPT), RESOURCE_LIMITS);
    } catch (error) {
      reject(failure(error));
      return;
    }
    running.add(worker);
    let settled = false;
    const settle = (outcome: () => void): void => {
      if (settled) return;
      settled = true;
      signal?.removeEventListener('abort', onAbort);
      // One worker per export: ending it here means nothing is left holding the process open.
      void worker.terminate();
      outcome();
    };
    const onAbort = (): void => settle(() => reject(cancelled()));
    signal?.addEventListener('abort', onAbort, { once: true });
    worker.on('message', (reply: RenderReply) => {
      if (reply.kind === 'progress') {
        if (!settled) onProgress?.(reply.claimsDone);
      } else if (reply.kind === 'done') settle(() => resolve(reply.content));
      else settle(() => reject(failure(reply.message)));
    });
    worker.on('error', (error) => settle(() => reject(failure(error))));
    worker.on('messageerror', (error) => settle(() => reject(failure(error))));
    worker.on('exit', (code) => {
      running.delete(worker);
      settle(() => reject(failure(`the report renderer stopped unexpectedly (exit code ${code})`)));
    });
    const request: RenderRequest = { model, format, bom };
    try {
      worker.postMessage(request);
    } catch (error) {
      settle(() => reject(failure(error)));
    }
  });
}

function cancelled(): ApiError {
  return new ApiError('cancelled', 'The export was cancelled.');
}

function failure(cause: unknown): ApiError {
  const message = cause instanceof Error ? cause.message : String(cause);
  return new ApiError('internal', `The export could not be rendered: ${message}`);
}
