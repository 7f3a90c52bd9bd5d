import { afterAll, describe, expect, it } from 'vitest';

import { extractDocument, IngestError } from '../../../../ingest/index.js';
import { extractInWorker, stopExtractionWorker } from '../../../../ingest/worker/extract-in-worker.js';
import { readImportFixture } from '../../../fixtures/import/read-import-fixture.js';
import { buildDocx } from '../build-docx.js';
import { buildPdf } from '../build-pdf.js';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
/** Bytes no text encoding produces, the same on every run. */
const junk = (): Uint8Array => Uint8Array.from({ length: 4096 }, (_, i) => (i * 197 + 13) & 0xff);

const ARTICLE_PAGE =
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Turkey says partners pay HTS | Idlib Monitor</title>' +
  '<meta property="og:site_name" content="Idlib Monitor"><script>globalThis.ran = true</script></head><body>' +
  '<nav><a href="/">Home</a></nav><article><h1>Turkey says partners pay HTS</h1>' +
  '<p>Foreign Minister Mevlut Cavusoglu told the Hurriyet newspaper that some coalition members support HTS.</p>' +
  '<p>He said the payments were meant to undermine the demilitarized zone agreement around Idlib.</p></article></body></html>';

/** About 1 MB of article markup: the size where pages stop going through Readability. */
function megabytePage(): string {
  const paragraph =
    '<p>The spokesman said the <b>talks</b> would resume on <a href="#t">Tuesday</a> in Istanbul, according to Reuters.</p>\n';
  return `<html><head><title>Long page</title></head><body><article>${paragraph.repeat(Math.floor(1_000_000 / paragraph.length))}</article></body></html>`;
}

async function bothWays(name: string, bytes: Uint8Array): Promise<{ inProcess: unknown; inWorker: unknown }> {
  const settle = (promise: Promise<unknown>): Promise<unknown> => promise.catch((error: unknown) => error);
  // The worker takes the buffer over, so the in-process reader gets its own copy.
  const inProcess = await settle(extractDocument({ name, bytes: bytes.slice() }));
  const inWorker = await settle(extractInWorker({ name, bytes }).then((read) => read.extracted));
  return { inProcess, inWorker };
}

async function millisecondsPerFile(runs: number, extract: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  for (let i = 0; i < runs; i++) await extract();
  return (performance.now() - started) / runs;
}

afterAll(() => stopExtractionWorker());

describe('extractInWorker', () => {
  it('reads text, web pages, Word documents and PDFs exactly as in-process reading does', async () => {
    const files: { name: string; bytes: Uint8Array; expected: RegExp }[] = [
      {
        name: 'meridian.txt',
        bytes: utf8(readImportFixture('meridian-header-article.txt')),
        expected: /^Meridian \| News & Analysis Website/,
      },
      { name: 'rebels.html', bytes: utf8(ARTICLE_PAGE), expected: /^Turkey says partners pay HTS\n\nForeign Minister/ },
      {
        name: 'story.docx',
        bytes: await buildDocx({
          title: 'Militants refuse deal',
          heading: 'Militants Refuse the Deal',
          paragraphs: ['A spokesman told AFP the front rejected it.'],
        }),
        expected: /^Militants Refuse the Deal\n\nA spokesman told AFP/,
      },
      {
        name: 'idlib.pdf',
        bytes: await buildPdf(
          [
            { text: 'Militants Refuse the Deal', size: 18 },
            { text: 'A spokesman told AFP the front rejected it.', size: 11 },
          ],
          { title: 'Militants refuse deal' },
        ),
        expected: /^Militants Refuse the Deal\n\nA spokesman told AFP/,
      },
    ];
    for (const file of files) {
      const { inProcess, inWorker } = await bothWays(file.name, file.bytes);
      expect(inWorker, file.name).toEqual(inProcess);
      expect((inWorker as { text: string }).text, file.name).toMatch(file.expected);
    }
  });

  it('keeps the code and message of every refusal', async () => {
    const refused: { name: string; bytes: Uint8Array; code: string }[] = [
      { name: 'empty.txt', bytes: new Uint8Array(0), code: 'empty' },
      { name: 'junk.txt', bytes: junk(), code: 'not_text' },
      { name: 'fake.docx', bytes: utf8('This is plain text saved with a .docx extension.'), code: 'malformed' },
      { name: 'cut.pdf', bytes: utf8('%PDF-1.7\n1 0 obj'), code: 'malformed' },
      { name: 'notes.xyz', bytes: utf8('text'), code: 'unsupported_type' },
    ];
    for (const file of refused) {
      const { inProcess, inWorker } = await bothWays(file.name, file.bytes);
      expect(inWorker, file.name).toBeInstanceOf(IngestError);
      expect(inWorker, file.name).toMatchObject({ code: file.code, message: (inProcess as IngestError).message });
      expect((inWorker as IngestError).message, file.name).toContain(file.name);
    }
  });

  it('hands the file’s buffer to the worker instead of copying it', async () => {
    const bytes = utf8(`A headline\n\n${'Reuters reported that talks resumed in Istanbul. '.repeat(20_000)}`);
    const size = bytes.byteLength;
    const { extracted } = await extractInWorker({ name: 'long.txt', bytes });
    expect(extracted.text.length).toBeGreaterThan(size - 100);
    expect(bytes.byteLength).toBe(0);
  });

  it('costs little per file and leaves the calling thread free while a big page is read', async () => {
    const small = utf8('A headline\n\nReuters reported that talks resumed in Istanbul on Tuesday.\n');
    const page = utf8(megabytePage());
    await extractInWorker({ name: 'warm.txt', bytes: small.slice() });

    const smallInProcess = await millisecondsPerFile(30, () => extractDocument({ name: 'small.txt', bytes: small }));
    const smallInWorker = await millisecondsPerFile(30, () => extractInWorker({ name: 'small.txt', bytes: small.slice() }));
    const inProcess = await whileWatchingTheEventLoop(() => extractDocument({ name: 'page.html', bytes: page }));
    const inWorker = await whileWatchingTheEventLoop(() => extractInWorker({ name: 'page.html', bytes: page.slice() }));
    console.log(
      `per file, in-process vs worker: small .txt ${smallInProcess.toFixed(2)} ms vs ${smallInWorker.toFixed(2)} ms; ` +
        `${(page.byteLength / 1e6).toFixed(1)} MB .html ${inProcess.ms.toFixed(0)} ms vs ${inWorker.ms.toFixed(0)} ms, ` +
        `longest stall of the calling thread ${inProcess.longestStallMs.toFixed(0)} ms vs ${inWorker.longestStallMs.toFixed(0)} ms`,
    );
    // Generous bounds for a shared two-core machine: a round trip costs milliseconds, not a restart.
    expect(smallInWorker).toBeLessThan(smallInProcess + 50);
    expect(inWorker.ms).toBeLessThan(inProcess.ms * 3 + 2_000);
    // The host keeps answering (window, server, Ctrl+C) while the page is read.
    expect(inWorker.longestStallMs).toBeLessThan(500);
  });
});

/** How long the work took and the longest the calling thread went without running a timer. */
async function whileWatchingTheEventLoop(work: () => Promise<unknown>): Promise<{ ms: number; longestStallMs: number }> {
  let last = performance.now();
  let longestStallMs = 0;
  const ticker = setInterval(() => {
    const now = performance.now();
    longestStallMs = Math.max(longestStallMs, now - last);
    last = now;
  }, 10);
  const started = performance.now();
  await work();
  const ms = performance.now() - started;
  clearInterval(ticker);
  longestStallMs = Math.max(longestStallMs, performance.now() - last);
  return { ms, longestStallMs };
}
