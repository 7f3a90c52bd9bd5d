// The worker thread that turns a report model into export text. Built to dist/node/render-worker.cjs
// and dist/electron/render-worker.cjs, next to the bundles that start it.
import { parentPort } from 'node:worker_threads';
import { renderModel } from '../render-model.js';
import type { RenderReply, RenderRequest } from './render-protocol.js';

if (!parentPort) throw new Error('render-worker runs only as a worker thread.');
const port = parentPort;
port.once('message', (request: RenderRequest) => {
  let reply: RenderReply;
  try {
    reply = { kind: 'done', content: renderModel(request.model, request.format, request.bom) };
  } catch (error) {
    reply = { kind: 'failed', message: error instanceof Error ? error.message : String(error) };
  }
  port.postMessage(reply);
});
