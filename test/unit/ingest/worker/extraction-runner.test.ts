import path from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import { IngestError } from '../../../../ingest/index.js';
import { ExtractionRunner } from '../../../../ingest/worker/extraction-runner.js';

const MISBEHAVING_ENTRY = path.join(__dirname, 'misbehaving-extract-worker.ts');
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const article = (headline: string): Uint8Array => utf8(`${headline}\n\nReuters reported that talks resumed in Istanbul on Tuesday.\n`);

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error('expected the extraction to fail');
    },
    (error: unknown) => error,
  );
}

async function timed<T>(work: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const started = performance.now();
  const value = await work();
  return { value, ms: performance.now() - started };
}

const runners: ExtractionRunner[] = [];
function runner(options: Partial<ConstructorParameters<typeof ExtractionRunner>[0]> = {}): ExtractionRunner {
  const made = new ExtractionRunner({ entry: MISBEHAVING_ENTRY, ...options });
  runners.push(made);
  return made;
}
afterAll(async () => {
  await Promise.all(runners.map((r) => r.close()));
});

describe('reading files in a worker that can be killed', () => {
  it('cuts off a reader stuck in a loop and reads the next file in a fresh worker', async () => {
    const reader = runner();
    // Warm up first: the deadline covers reading, not loading the readers.
    expect((await reader.extract({ name: 'warm.txt', bytes: article('Warm up') })).extracted.text).toContain('Warm up');

    const { value: error, ms } = await timed(() =>
      rejection(reader.extract({ name: 'stall.txt', bytes: article('Stuck') }, { timeLimitMs: 400 })),
    );
    expect(error).toBeInstanceOf(IngestError);
    expect(error).toMatchObject({ code: 'timeout', message: 'stall.txt took too long to read (over 400 ms) and was skipped.' });
    expect(ms).toBeLessThan(5_000);

    const next = await reader.extract({ name: '/inbox/next.txt', bytes: article('The next article') });
    expect(next.extracted.text.startsWith('The next article')).toBe(true);
  });

  it('reports a worker that dies mid-file as that file being unreadable, then carries on', async () => {
    const reader = runner();
    const error = await rejection(reader.extract({ name: 'crash.docx', bytes: article('Crash') }));
    expect(error).toBeInstanceOf(IngestError);
    expect(error).toMatchObject({
      code: 'malformed',
      message: 'crash.docx could not be read: the file reader stopped unexpectedly (exit code 7).',
    });
    expect((await reader.extract({ name: 'after-crash.txt', bytes: article('After the crash') })).extracted.format).toBe('txt');
  });

  it('refuses a file that exhausts the worker’s memory without taking the host down', async () => {
    const reader = runner({ resourceLimits: { maxOldGenerationSizeMb: 192 } });
    const error = await rejection(reader.extract({ name: 'hog.html', bytes: article('Hog') }));
    expect(error).toBeInstanceOf(IngestError);
    expect(error).toMatchObject({
      code: 'malformed',
      message: 'hog.html could not be read: reading it needed more memory than one file may use; it may be damaged.',
    });
    expect((await reader.extract({ name: 'after-hog.txt', bytes: article('After the hog') })).extracted.text).toContain('After the hog');
  });

  it('stops a file being read when its import is cancelled', async () => {
    const reader = runner();
    await reader.extract({ name: 'warm.txt', bytes: article('Warm up') });
    const controller = new AbortController();
    // A long limit: only the abort can end this before the test times out.
    const stuck = rejection(
      reader.extract({ name: 'stall.pdf', bytes: article('Stuck') }, { timeLimitMs: 60_000, signal: controller.signal }),
    );
    await new Promise((resolve) => setTimeout(resolve, 200));
    const reason = new Error('Import cancelled by the user.');
    const { value: error, ms } = await timed(async () => {
      controller.abort(reason);
      return stuck;
    });
    expect(error).toBe(reason);
    expect(ms).toBeLessThan(1_000);
    // Had the stuck thread survived, this would wait behind it for a minute.
    const { value: next, ms: nextMs } = await timed(() => reader.extract({ name: 'next.txt', bytes: article('Next one') }));
    expect(next.extracted.text).toContain('Next one');
    expect(nextMs).toBeLessThan(15_000);
  });

  it('drops a waiting file whose import is cancelled, without disturbing the one being read', async () => {
    const reader = runner();
    await reader.extract({ name: 'warm.txt', bytes: article('Warm up') });
    const first = reader.extract({ name: 'first.txt', bytes: article('First in line') });
    const controller = new AbortController();
    const second = rejection(reader.extract({ name: 'second.txt', bytes: article('Second') }, { signal: controller.signal }));
    const third = reader.extract({ name: 'third.txt', bytes: article('Third in line') });
    controller.abort();
    expect(await second).toMatchObject({ name: 'AbortError' });
    expect((await first).extracted.text).toContain('First in line');
    expect((await third).extracted.text).toContain('Third in line');
  });

  it('refuses at once when the import was cancelled before it began', async () => {
    const reader = runner();
    const controller = new AbortController();
    controller.abort();
    const bytes = article('Never read');
    await expect(reader.extract({ name: 'late.txt', bytes }, { signal: controller.signal })).rejects.toMatchObject({ name: 'AbortError' });
    // Nothing was sent anywhere: the caller still holds the bytes.
    expect(bytes.byteLength).toBeGreaterThan(0);
  });

  it('says the reader could not start, not that the file is bad, when the worker script is missing', async () => {
    const reader = runner({ entry: path.join(__dirname, 'no-such-worker.cjs') });
    const error = await rejection(reader.extract({ name: 'fine.txt', bytes: article('Fine') }));
    expect(error).not.toBeInstanceOf(IngestError);
    expect((error as Error).message).toMatch(/^Claimtrace's file reader could not start \(.*no-such-worker\.cjs/);
  });
});
