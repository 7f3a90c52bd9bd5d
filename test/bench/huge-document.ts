// A 19 MB document, as a long paste or a saved page full of text: what the host's event loop waits
// through while it is stored and indexed for search. Its timers are probed every few milliseconds;
// the longest gap between two is how long the window (or a browser's request) would have hung.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import type Database from 'better-sqlite3';

import { contentHash, normaliseText } from '../../core/text/normalise.js';
import { storeOffHost, useStoreWorkerFrom } from '../../db/import/store-worker/store-in-worker.js';
import type { BudgetResult } from './measure.js';
import { newsText } from './news-prose.js';

const HOST_PAUSE_LIMIT_MS = 100;
const PROBE_EVERY_MS = 5;

export async function benchHugeDocument(db: Database.Database): Promise<BudgetResult[]> {
  useStoreWorkerFrom(path.resolve(fileURLToPath(import.meta.url), '../../../db/import/store-worker'));
  // Text and hash come prepared from the extraction worker, as for every import.
  const text = normaliseText(newsText(7, 19 * 1024 * 1024));
  const hash = contentHash(text);
  let last = performance.now();
  let longest = 0;
  const probe = setInterval(() => {
    const at = performance.now();
    longest = Math.max(longest, at - last);
    last = at;
  }, PROBE_EVERY_MS);
  const document = {
    text,
    contentHash: hash,
    title: 'Huge paste',
    outlet: null,
    author: null,
    url: null,
    publishedAt: null,
    language: 'en',
    direction: 'ltr' as const,
    commentsStart: null,
    photoCredits: [],
    provenance: {},
    sourceFormat: 'text',
  };
  const started = performance.now();
  const outcome = await storeOffHost(db, { kind: 'insert', fileName: 'huge.txt', document }).finally(() => clearInterval(probe));
  const totalMs = performance.now() - started;
  if (outcome.status !== 'imported') throw new Error(`the huge document was not stored (${outcome.status})`);
  const mb = (Buffer.byteLength(text) / 1024 / 1024).toFixed(0);
  return [
    { name: `store a ${mb} MB document: the host's longest pause`, ms: longest, limitMs: HOST_PAUSE_LIMIT_MS },
    { name: `store a ${mb} MB document: until stored and searchable (off the host)`, ms: totalMs, limitMs: null },
  ];
}
