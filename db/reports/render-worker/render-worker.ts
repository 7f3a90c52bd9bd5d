// The worker thread that turns a report model into export text. Built to dist/node/render-worker.cjs
// and dist/electron/render-worker.cjs, next to the bundles that start it.
import { parentPort } from 'node:worker_threads';

import { renderModel } from '../render-model.js';
import { progressStep, type RenderReply, type RenderRequest } from './render-protocol.js';

if (!parentPort) throw new Error('render-worker runs only as a worker thread.');
const port = parentPort;
const post = (reply: RenderReply): void => port.postMessage(reply);
port.once('message', ({ model, format, bom }: RenderRequest) => {
  const step = progressStep(model.claims.length);
  const onProgress = (claimsDone: number): void => {
    if (claimsDone % step === 0) post({ kind: 'progress', claimsDone });
  };
  try {
    post({ kind: 'done', content: renderModel(model, format, bom, { onProgress }) });
  } catch (error) {
    post({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
});
