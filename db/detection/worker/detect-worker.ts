// The worker thread that runs attribution detection, so a long or hostile document never holds up
// the host's event loop. Built to dist/node/detect-worker.cjs and dist/electron/detect-worker.cjs,
// next to the bundles that start it.
import { parentPort } from 'node:worker_threads';

import { detectAttributions } from '../../../core/detection/index.js';
import { SEED_SOURCES } from '../../../core/sources/seed-registry.js';
import type { DetectionReply, DetectionRequest } from './detection-protocol.js';

if (!parentPort) throw new Error('detect-worker runs only as a worker thread.');
const port = parentPort;

// Loading the tagger's model and compiling detection's code paths costs several hundred
// milliseconds once; paying it here, before any request, keeps the first article fast.
const WARM_UP_PASSES = 12;
const WARM_UP = `Talks stall in the capital

The ministry said on Monday that talks had stalled, Reuters reported, citing two officials.
“We are not leaving,” the spokesman, Ali Hassan, told AFP. He added that a new round was planned.
According to state media, the delegation left. Mikhail Pochuev/TASS`;
// Several passes, not one: V8 optimises a function only after it has run a number of times, and a
// single short text leaves most of detection unoptimised for the reviewer's first article.
for (let pass = 0; pass < WARM_UP_PASSES; pass += 1) detectAttributions(WARM_UP, SEED_SOURCES);

port.on('message', (request: DetectionRequest) => {
  let reply: DetectionReply;
  try {
    reply = { kind: 'done', id: request.id, suggestions: detectAttributions(request.text, request.registry, request.options) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    reply = { kind: 'failed', id: request.id, message: message.split('\n')[0] ?? message };
  }
  port.postMessage(reply);
});
port.postMessage({ kind: 'ready' } satisfies DetectionReply);
