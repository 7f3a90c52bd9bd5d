import { resolveWorkerEntry, type WorkerScript } from '../../workers/start-worker.js';
import type { ReadInWorker } from './extraction-protocol.js';
import { type ExtractInWorkerOptions, ExtractionRunner } from './extraction-runner.js';

export type { ExtractInWorkerOptions } from './extraction-runner.js';

const EXTRACT_WORKER_SCRIPT: WorkerScript = { name: 'extract-worker', label: 'file reader' };

let shared: ExtractionRunner | null = null;

/**
 * extractDocument (or, for a paste, extractPastedText) and then prepareDocument in a worker thread that can be killed, so no file can hang or freeze the host
 * (the Electron main process, the browser host's server, the CLI). Same result and the same
 * IngestErrors as extractDocument; beyond those it fails with a timeout when reading takes too
 * long and with 'malformed' when reading kills the worker. The bytes' buffer is handed to the
 * worker, so `file.bytes` must not be used after the call.
 */
export function extractInWorker(file: { name: string; bytes: Uint8Array }, options?: ExtractInWorkerOptions): Promise<ReadInWorker> {
  try {
    // In a bundle __dirname is dist/node or dist/electron, which hold extract-worker.cjs; under
    // vitest it is this folder, which holds extract-worker.ts. import.meta would also cover native
    // ES modules, but esbuild empties it in the CommonJS bundles and warns on every build.
    if (typeof __dirname !== 'string') {
      throw new Error('extractInWorker runs from the CommonJS bundles or under vitest, where __dirname locates its worker.');
    }
    shared ??= new ExtractionRunner({ entry: resolveWorkerEntry(__dirname, EXTRACT_WORKER_SCRIPT) });
  } catch (error) {
    return Promise.reject(error);
  }
  return shared.extract(file, options);
}

/** Terminates the shared worker, e.g. before the host exits; the next extraction starts a new one. */
export async function stopExtractionWorker(): Promise<void> {
  const runner = shared;
  shared = null;
  await runner?.close();
}
