import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { resolveWorkerEntry, type WorkerScript } from '../../../workers/start-worker.js';

const READER: WorkerScript = { name: 'extract-worker', label: 'file reader' };

describe('finding the worker script', () => {
  it('uses the compiled worker beside a bundle', () => {
    const dist = path.join('/app', 'dist', 'electron');
    const present = new Set([path.join(dist, 'extract-worker.cjs'), path.join(dist, 'extract-worker.ts')]);
    expect(resolveWorkerEntry(dist, READER, (file) => present.has(file))).toBe(path.join(dist, 'extract-worker.cjs'));
  });

  it('falls back to the TypeScript source when nothing is built, as when tests run the sources', () => {
    const sources = path.resolve(__dirname, '../../../ingest/worker');
    expect(resolveWorkerEntry(sources, READER)).toBe(path.join(sources, 'extract-worker.ts'));
  });

  it('says to rebuild when a bundle has lost its worker', () => {
    expect(() => resolveWorkerEntry('/app/dist/node', READER, () => false)).toThrow(
      "Claimtrace's file reader (extract-worker.cjs) is missing from /app/dist/node; run `npm run build` again.",
    );
  });
});
