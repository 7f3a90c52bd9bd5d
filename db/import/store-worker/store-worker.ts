// The worker thread that writes one large document's text into the workbench. Built to
// dist/node/store-worker.cjs and dist/electron/store-worker.cjs, next to the bundles that start it.
import { parentPort } from 'node:worker_threads';

import { ApiError } from '../../../core/api/result.js';
import { configureWritable, openWritable } from '../../connection.js';
import { asReviewer } from '../../reviewer-context.js';
import { errorCode } from '../../sqlite-errors.js';
import { runStoreJob } from './run-store-job.js';
import type { StoreReply, StoreRequest } from './store-protocol.js';

if (!parentPort) throw new Error('store-worker runs only as a worker thread.');
const port = parentPort;
const post = (reply: StoreReply): void => port.postMessage(reply);
port.once('message', ({ file, nativeBinding, reviewer, job }: StoreRequest) => {
  try {
    const db = openWritable(file, { create: false, nativeBinding });
    try {
      configureWritable(db);
      const run = () => runStoreJob(db, job);
      post({ kind: 'done', result: reviewer === null ? run() : asReviewer(reviewer, run) });
    } finally {
      db.close();
    }
  } catch (error) {
    post({
      kind: 'failed',
      message: error instanceof Error ? error.message : String(error),
      code: errorCode(error),
      apiErrorCode: error instanceof ApiError ? error.code : null,
    });
  }
});
