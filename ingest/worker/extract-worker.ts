// The worker thread that reads imported files. Built to dist/node/extract-worker.cjs and
// dist/electron/extract-worker.cjs, next to the bundles that start it.
import { parentPort } from 'node:worker_threads';

import { extractDocument, extractPastedText } from '../extract-document.js';
import { serveExtractions } from './serve-extractions.js';

if (!parentPort) throw new Error('extract-worker runs only as a worker thread.');
serveExtractions(parentPort, extractDocument, extractPastedText);
