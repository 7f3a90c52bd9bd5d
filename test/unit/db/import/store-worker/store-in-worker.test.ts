// A large document or bundle is written by a worker thread on its own connection, so indexing millions of
// characters for search never stalls the host; what it writes is what the host would have.
import fs from 'node:fs';

import { afterAll, describe, expect, it } from 'vitest';

import { ApiError } from '../../../../../core/api/result.js';
import type { ImportOutcome } from '../../../../../core/domain.js';
import { contentHash } from '../../../../../core/text/normalise.js';
import { bundleText, exportBundle } from '../../../../../db/bundle/export-bundle.js';
import { importPastedText } from '../../../../../db/import/import-file.js';
import type { PreparedDocument } from '../../../../../db/import/insert-document.js';
import { STORE_INLINE_CHARS, storeOffHost } from '../../../../../db/import/store-worker/store-in-worker.js';
import { searchDocuments } from '../../../../../db/queries/document-search.js';
import { asReviewer } from '../../../../../db/reviewer-context.js';
import { openWorkbench } from '../../../../../db/workbench.js';
import { stopExtractionWorker } from '../../../../../ingest/worker/extract-in-worker.js';
import { makeTempDir } from '../../../../support/temp-dir.js';

const temp = makeTempDir();
afterAll(() => stopExtractionWorker());

function largeDocument(marker: string): PreparedDocument {
  const text = `${marker} convoy report\n\n${'The convoy waited at the crossing while the ministry said nothing. '.repeat(Math.ceil(STORE_INLINE_CHARS / 60))}`;
  return {
    text,
    contentHash: contentHash(text),
    title: `${marker} convoy report`,
    outlet: 'Reuters',
    author: null,
    url: null,
    publishedAt: null,
    language: 'en',
    direction: 'ltr',
    commentsStart: null,
    photoCredits: [],
    provenance: {},
    sourceFormat: 'text',
  };
}

describe('storing a large document', () => {
  it('writes it from a worker while the host goes on, searchable, as the reviewer signed in', async () => {
    const workbench = openWorkbench(temp.file('large.claimtrace'), { create: true });
    try {
      const document = largeDocument('Kestrel');
      expect(document.text.length).toBeGreaterThan(STORE_INLINE_CHARS);
      // The host's timers keep firing while the worker writes; an inline write would starve them.
      let ticks = 0;
      const ticker = setInterval(() => (ticks += 1), 1);
      const outcome = await asReviewer('Rana Haddad', () =>
        storeOffHost(workbench.db, { kind: 'insert', fileName: 'kestrel.txt', document }),
      ).finally(() => clearInterval(ticker));
      expect(ticks).toBeGreaterThan(0);
      expect(outcome).toMatchObject({ status: 'imported', document: { title: 'Kestrel convoy report', length: document.text.length } });
      if (outcome.status !== 'imported') return;
      const stored = workbench.db
        .prepare('SELECT text, outlet_source_id AS outletSourceId FROM documents WHERE id = ?')
        .get(outcome.document.id) as { text: string; outletSourceId: string | null };
      expect(stored.text).toBe(document.text);
      expect(stored.outletSourceId).not.toBeNull();
      expect(searchDocuments(workbench.db, 'Kestrel', 10).map((hit) => hit.documentId)).toEqual([outcome.document.id]);
      const history = workbench.db.prepare('SELECT actor, action FROM history WHERE entity_id = ?').all(outcome.document.id);
      expect(history).toEqual([{ actor: 'Rana Haddad', action: 'import' }]);

      // The same content again is a duplicate, found by the worker as by the host.
      await expect(storeOffHost(workbench.db, { kind: 'insert', fileName: 'again.txt', document })).resolves.toMatchObject({
        status: 'duplicate',
        existingId: outcome.document.id,
      });
    } finally {
      workbench.close();
    }
  });

  it('puts a large new version in place from a worker, claims re-anchored, and keeps refusals as refusals', async () => {
    const workbench = openWorkbench(temp.file('reimport.claimtrace'), { create: true });
    try {
      const first = largeDocument('Osprey');
      const imported = await storeOffHost(workbench.db, { kind: 'insert', fileName: 'osprey.txt', document: first });
      if (imported.status !== 'imported') throw new Error('not imported');
      const next = { ...first, text: `Update: ${first.text}` };
      const replaced = await storeOffHost(workbench.db, {
        kind: 'replace',
        documentId: imported.document.id,
        next: {
          text: next.text,
          contentHash: contentHash(next.text),
          commentsStart: null,
          photoCredits: [],
          sourceFile: 'osprey-2.txt',
          sourceFormat: 'text',
        },
      });
      expect(replaced).toMatchObject({ reanchored: 0, orphaned: 0, document: { id: imported.document.id } });
      expect(searchDocuments(workbench.db, 'Update', 10).map((hit) => hit.documentId)).toEqual([imported.document.id]);

      const refused = storeOffHost(workbench.db, {
        kind: 'replace',
        documentId: 'no-such-document',
        next: { text: next.text, contentHash: 'x', commentsStart: null, photoCredits: [], sourceFile: 'x.txt', sourceFormat: 'text' },
      });
      await expect(refused).rejects.toBeInstanceOf(ApiError);
      await expect(refused).rejects.toMatchObject({ code: 'not_found' });
    } finally {
      workbench.close();
    }
  });

  it('merges a large bundle from a worker, and refuses a broken one with the reason', async () => {
    const from = openWorkbench(temp.file('desk-a.claimtrace'), { create: true });
    const into = openWorkbench(temp.file('desk-b.claimtrace'), { create: true });
    try {
      const imported = await storeOffHost(from.db, { kind: 'insert', fileName: 'gannet.txt', document: largeDocument('Gannet') });
      if (imported.status !== 'imported') throw new Error('not imported');
      const json = bundleText(exportBundle(from.db, { kind: 'workbench' }, 'Desk A'));
      expect(json.length).toBeGreaterThan(STORE_INLINE_CHARS);

      const merged = await asReviewer('Rana Haddad', () => storeOffHost(into.db, { kind: 'merge', bundle: { json } }));
      expect(merged.summary.added.documents).toBe(1);
      expect(merged.documentIds).toEqual([imported.document.id]);
      expect(searchDocuments(into.db, 'Gannet', 10).map((hit) => hit.documentId)).toEqual([imported.document.id]);

      const broken = storeOffHost(into.db, { kind: 'merge', bundle: { json: `${json.slice(0, -10)}` } });
      await expect(broken).rejects.toBeInstanceOf(ApiError);
      await expect(broken).rejects.toMatchObject({ code: 'invalid_arguments' });
    } finally {
      from.close();
      into.close();
    }
  });

  it('writes a small document on the host, at once', async () => {
    const workbench = openWorkbench(temp.file('small.claimtrace'), { create: true });
    try {
      const large = largeDocument('Merlin');
      const text = large.text.slice(0, 5000);
      let ticks = 0;
      const ticker = setInterval(() => (ticks += 1), 0);
      const outcome = await storeOffHost(workbench.db, {
        kind: 'insert',
        fileName: 'merlin.txt',
        document: { ...large, text, contentHash: contentHash(text) },
      }).finally(() => clearInterval(ticker));
      expect(outcome.status).toBe('imported');
      expect(ticks).toBe(0);
    } finally {
      workbench.close();
    }
  });

  it('reports a failed import and loses nothing when the worker cannot write the file', async () => {
    const file = temp.file('moved.claimtrace');
    const workbench = openWorkbench(file, { create: true });
    try {
      const before = workbench.db.prepare('SELECT count(*) AS n FROM documents').get();
      // The host keeps the file it opened; the worker, opening it by name, finds nothing there.
      fs.renameSync(file, temp.file('elsewhere.claimtrace'));
      const outcome: ImportOutcome = await importPastedText(workbench.db, largeDocument('Harrier').text, 'Harrier');
      expect(outcome).toMatchObject({ status: 'failed', file: 'Harrier' });
      if (outcome.status === 'failed') expect(outcome.error).toMatch(/^Harrier could not be imported: /);
      expect(workbench.db.prepare('SELECT count(*) AS n FROM documents').get()).toEqual(before);
    } finally {
      workbench.close();
    }
  });
});
