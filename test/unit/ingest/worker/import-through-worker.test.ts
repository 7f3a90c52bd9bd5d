// importFile reads in the worker and writes on the calling thread: what that means for a reviewer.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { importFile } from '../../../../db/import/import-file.js';
import { openWorkbench, type Workbench } from '../../../../db/workbench.js';
import { stopExtractionWorker } from '../../../../ingest/worker/extract-in-worker.js';
import { makeTempDir } from '../../../support/temp-dir.js';

const temp = makeTempDir();
let workbench: Workbench;
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

/**
 * A web page that takes seconds to read: 1 MB of paragraphs, each inside 50 nested elements, where
 * Readability's work grows with the depth. (Plain paragraphs are read in well under a second.)
 */
function heavyPage(): Uint8Array {
  const paragraph =
    '<p>The spokesman said the <b>talks</b> would resume on <a href="#t">Tuesday</a> in Istanbul, according to Reuters.</p>\n';
  const nested = `${'<div>'.repeat(50)}${paragraph}${'</div>'.repeat(50)}`;
  return utf8(
    `<html><head><title>Heavy page</title></head><body><article>${nested.repeat(Math.floor(950_000 / nested.length))}</article></body></html>`,
  );
}

const documentCount = (): number => (workbench.db.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n;

beforeAll(() => {
  workbench = openWorkbench(temp.file('worker.claimtrace'), { create: true });
});
afterAll(async () => {
  await stopExtractionWorker();
  workbench.close();
  temp.remove();
});

describe('importing through the worker', () => {
  it('skips a page that takes too long to read and imports the next file', async () => {
    const slow = await importFile(workbench.db, { name: '/downloads/heavy.html', bytes: heavyPage() }, { timeLimitMs: 200 });
    expect(slow).toEqual({
      status: 'failed',
      file: '/downloads/heavy.html',
      error: 'heavy.html took too long to read (over 200 ms) and was skipped.',
    });
    const next = await importFile(workbench.db, {
      name: 'grain.txt',
      bytes: utf8('Grain talks resume in Istanbul\n\nReuters reported that negotiators met again on Tuesday.\n'),
    });
    expect(next).toMatchObject({ status: 'imported', document: { title: 'Grain talks resume in Istanbul' } });
    expect(documentCount()).toBe(1);
  });

  it('stops at once when cancelled, stores nothing and lets the cancellation through', async () => {
    const before = documentCount();
    const controller = new AbortController();
    const reason = new Error('Import cancelled.');
    const importing = importFile(workbench.db, { name: 'heavy.html', bytes: heavyPage() }, { signal: controller.signal });
    await new Promise((resolve) => setTimeout(resolve, 300));
    const started = performance.now();
    controller.abort(reason);
    await expect(importing).rejects.toBe(reason);
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(documentCount()).toBe(before);

    const next = await importFile(workbench.db, {
      name: 'convoy.txt',
      bytes: utf8('Convoy crosses the border\n\nTASS said the convoy crossed at dawn.\n'),
    });
    expect(next).toMatchObject({ status: 'imported', document: { title: 'Convoy crosses the border' } });
  });
});
