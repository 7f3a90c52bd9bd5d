// A worker entry for tests only: the real reader, except that a few file names make it misbehave
// the way a pathological file makes a parser misbehave. Keeping this in a separate entry leaves
// the production worker without any test switch.
import { parentPort } from 'node:worker_threads';

import { extractDocument, extractPastedText } from '../../../../ingest/extract-document.js';
import { serveExtractions } from '../../../../ingest/worker/serve-extractions.js';

if (!parentPort) throw new Error('misbehaving-extract-worker runs only as a worker thread.');

serveExtractions(
  parentPort,
  async (file, options) => {
    // A parser stuck in a synchronous loop: it never yields, so no timer inside this thread can fire.
    if (file.name.startsWith('stall')) for (;;);
    // A reader that takes the thread down with it.
    if (file.name.startsWith('crash')) process.exit(7);
    // A file that makes its reader allocate without end.
    if (file.name.startsWith('hog')) {
      const hoard: number[][] = [];
      for (;;) hoard.push(new Array<number>(100_000).fill(hoard.length));
    }
    return extractDocument(file, options);
  },
  extractPastedText,
);
