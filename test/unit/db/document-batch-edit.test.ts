// Setting the outlet and publication date of many documents at once: one change that either
// reaches every document, with each one's history and registry link, or none of them.
import { afterEach, describe, expect, it } from 'vitest';

import { MAX_BATCH_DOCUMENTS } from '../../../core/api/documents.js';
import type { DocumentDetail, DocumentSummary, Source } from '../../../core/domain.js';
import { openServiceHarness, type ServiceHarness } from './support/service-harness.js';

const article = (headline: string, dateLine: string) =>
  [headline, '', `Harbour Review, ${dateLine}`, '', `${headline}, officials said on Monday, and talks would continue.`].join('\n');

let h: ServiceHarness;
afterEach(() => h.close());

async function threeDocuments(): Promise<string[]> {
  h = openServiceHarness();
  const ids = [
    await h.importText(article('Pilots refuse night shifts at the northern quay', 'October 01, 2020')),
    await h.importText(article('Grain talks resume in Istanbul', 'March 12, 2021')),
    await h.importText(article('Port denies fuel shortage reports', 'January 15, 2022')),
  ];
  // Something the batch must leave alone.
  await h.call('documents.update', { id: ids[1], patch: { author: 'Lena Brandt' } });
  return ids;
}

const get = (id: string) => h.call<DocumentDetail>('documents.get', { id });
const outletSourceOf = (id: string) =>
  (h.workbench.db.prepare('SELECT outlet_source_id AS id FROM documents WHERE id = ?').get(id) as { id: string | null }).id;
const historyOf = (id: string) =>
  h.workbench.db
    .prepare(
      `SELECT field, old_value AS oldValue, new_value AS newValue FROM history
       WHERE entity = 'document' AND entity_id = ? AND action = 'update' ORDER BY at, rowid`,
    )
    .all(id) as { field: string; oldValue: string | null; newValue: string | null }[];
const historyCount = () => (h.workbench.db.prepare('SELECT count(*) AS n FROM history').get() as { n: number }).n;
const changeEvents = () => h.events.filter((event) => event.type === 'documents.changed');

describe('editing the outlet and date of many documents', () => {
  it('sets both on every document, records each change, links the outlet and leaves the rest alone', async () => {
    const ids = await threeDocuments();
    const before = await Promise.all(ids.map(get));
    const tass = (await h.call<Source[]>('sources.list', {})).find((source) => source.name === 'TASS')!;
    h.events.length = 0;

    const updated = await h.call<DocumentSummary[]>('documents.updateMany', { ids, patch: { outlet: 'TASS', publishedAt: '2018-03-01' } });

    expect(updated.map((document) => document.id)).toEqual(ids);
    expect(updated.every((document) => !('text' in document))).toBe(true);
    for (const [index, id] of ids.entries()) {
      const after = await get(id);
      expect(after).toMatchObject({ outlet: 'TASS', publishedAt: '2018-03-01' });
      // A person chose these values; they are no longer detected guesses.
      expect(after.provenance).toMatchObject({
        outlet: { origin: 'reviewer', confirmed: true },
        publishedAt: { origin: 'reviewer', confirmed: true },
      });
      expect(outletSourceOf(id)).toBe(tass.id);
      expect(historyOf(id)).toEqual(
        expect.arrayContaining([
          { field: 'outlet', oldValue: before[index]!.outlet, newValue: 'TASS' },
          { field: 'publishedAt', oldValue: before[index]!.publishedAt, newValue: '2018-03-01' },
        ]),
      );
      const { outlet: _o, publishedAt: _p, provenance: _v, updatedAt: _u, ...rest } = after;
      const { outlet: _bo, publishedAt: _bp, provenance: _bv, updatedAt: _bu, ...restBefore } = before[index]!;
      expect(rest).toEqual(restBefore);
    }
    expect((await get(ids[1]!)).author).toBe('Lena Brandt');
    // One announcement for the whole batch.
    expect(changeEvents()).toEqual([{ type: 'documents.changed', ids }]);
    expect(await h.call('documents.outlets', {})).toContainEqual({ outlet: 'TASS', count: 3 });
  });

  it('changes only the field it is given', async () => {
    const ids = await threeDocuments();
    const dates = (await Promise.all(ids.map(get))).map((document) => document.publishedAt);
    await h.call('documents.updateMany', { ids, patch: { outlet: 'Reuters' } });
    const after = await Promise.all(ids.map(get));
    expect(after.map((document) => document.outlet)).toEqual(['Reuters', 'Reuters', 'Reuters']);
    expect(after.map((document) => document.publishedAt)).toEqual(dates);
    for (const id of ids) expect(historyOf(id).map((row) => row.field)).not.toContain('publishedAt');
  });

  it('clears a field on every document, unlinking the outlet', async () => {
    const ids = await threeDocuments();
    expect(outletSourceOf(ids[0]!)).not.toBeNull();
    await h.call('documents.updateMany', { ids, patch: { outlet: null, publishedAt: null } });
    for (const id of ids) {
      const after = await get(id);
      expect(after).toMatchObject({ outlet: null, publishedAt: null });
      expect(after.provenance.outlet).toBeUndefined();
      expect(after.provenance.publishedAt).toBeUndefined();
      expect(outletSourceOf(id)).toBeNull();
      expect(historyOf(id)).toEqual(
        expect.arrayContaining([
          { field: 'outlet', oldValue: 'Harbour Review', newValue: null },
          expect.objectContaining({ field: 'publishedAt', newValue: null }),
        ]),
      );
    }
  });

  it('refuses the whole batch when one document is unknown or deleted, changing nothing', async () => {
    const ids = await threeDocuments();
    const before = await Promise.all(ids.map(get));
    const historyBefore = historyCount();
    h.events.length = 0;

    const unknown = await h.failure('documents.updateMany', {
      ids: [...ids, '00000000-0000-4000-8000-000000000000'],
      patch: { outlet: 'TASS', publishedAt: '2018-03-01' },
    });
    expect(unknown.code).toBe('not_found');
    expect(unknown.message).toContain('nothing was changed');

    await h.call('documents.delete', { id: ids[2] });
    h.events.length = 0;
    const deleted = await h.failure('documents.updateMany', { ids, patch: { outlet: 'TASS' } });
    expect(deleted.code).toBe('not_found');

    for (const [index, id] of ids.slice(0, 2).entries()) {
      expect(await get(id)).toEqual(before[index]);
    }
    // Only the deletion itself was recorded.
    expect(historyCount()).toBe(historyBefore + 1);
    expect(changeEvents()).toEqual([]);
  });

  it('refuses lists and patches it cannot apply', async () => {
    const ids = await threeDocuments();
    const refusals = [
      { ids: [], patch: { outlet: 'TASS' } },
      { ids: [ids[0], ids[0]], patch: { outlet: 'TASS' } },
      { ids: ['not-a-uuid'], patch: { outlet: 'TASS' } },
      { ids, patch: {} },
      { ids, patch: { title: 'One title for all' } },
      { ids, patch: { publishedAt: '01/03/2018' } },
      { ids: Array.from({ length: MAX_BATCH_DOCUMENTS + 1 }, () => crypto.randomUUID()), patch: { outlet: 'TASS' } },
    ];
    for (const args of refusals) {
      expect((await h.failure('documents.updateMany', args)).code, JSON.stringify(args).slice(0, 80)).toBe('invalid_arguments');
    }
    expect((await get(ids[0]!)).outlet).toBe('Harbour Review');
  });
});
