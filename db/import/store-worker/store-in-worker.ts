import type Database from 'better-sqlite3';

import { ApiError } from '../../../core/api/result.js';
import { resolveWorkerEntry, startWorker, type WorkerScript } from '../../../workers/start-worker.js';
import { nativeBindingOf } from '../../connection.js';
import { authenticatedReviewer } from '../../reviewer-context.js';
import { jobTextLength, runStoreJob } from './run-store-job.js';
import type { StoreJob, StoreReply, StoreRequest, StoreResult } from './store-protocol.js';

const STORE_WORKER_SCRIPT: WorkerScript = { name: 'store-worker', label: 'document store' };

// Indexing text for search costs about 30 ms per million characters on the thread that writes it
// (a 19 MB document, 0.6 s); below this size that is within the host's 100 ms, above it the write
// moves to a worker. Starting one costs tens of milliseconds, off the host's event loop.
export const STORE_INLINE_CHARS = 1_000_000;

/**
 * Writes a document's text where it cannot stall the host: a large one from a worker thread on a
 * connection of its own to the same file (WAL lets the host go on reading meanwhile, and the
 * write lock is taken as by any writer), as the reviewer the host signed in. Short text, an
 * in-memory workbench (which no other connection reaches) or a run without the worker script
 * beside the code is written here. Failures are rebuilt as if thrown here: an ApiError with its
 * code, a storage failure with SQLite's.
 */
export async function storeOffHost<J extends StoreJob>(db: Database.Database, job: J): Promise<StoreResult<J>> {
  const entry = jobTextLength(job) > STORE_INLINE_CHARS && !db.memory ? workerEntry() : null;
  if (!entry) return runStoreJob(db, job);
  const request: StoreRequest = { file: db.name, nativeBinding: nativeBindingOf(db), reviewer: authenticatedReviewer(), job };
  const worker = startWorker(entry, {});
  try {
    return await new Promise<StoreResult<J>>((resolve, reject) => {
      worker.once('message', (reply: StoreReply) => {
        if (reply.kind === 'done') resolve(reply.result as StoreResult<J>);
        else if (reply.apiErrorCode) reject(new ApiError(reply.apiErrorCode, reply.message));
        else reject(Object.assign(new Error(reply.message), { code: reply.code }));
      });
      worker.once('error', reject);
      worker.once('exit', (code) => reject(new Error(`the document store stopped unexpectedly (exit code ${code})`)));
      worker.postMessage(request);
    });
  } finally {
    void worker.terminate();
  }
}

let workerDir: string | null = null;

/** For tools running the TypeScript sources as ES modules (the benchmark), where __dirname is unknown. */
export function useStoreWorkerFrom(dir: string): void {
  workerDir = dir;
}

// In a bundle __dirname is dist/node or dist/electron, which hold store-worker.cjs; under vitest it
// is this folder, which holds store-worker.ts. Scripts run as native ES modules have neither.
function workerEntry(): string | null {
  const dir = workerDir ?? (typeof __dirname === 'string' ? __dirname : null);
  return dir ? resolveWorkerEntry(dir, STORE_WORKER_SCRIPT) : null;
}
