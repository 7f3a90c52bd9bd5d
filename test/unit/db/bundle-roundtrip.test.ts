import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { ExportFile } from '../../../core/api/exports.js';
import type { Bundle, MergeSummary } from '../../../core/bundle/format.js';
import type { Claim, Rating, Source } from '../../../core/domain.js';
import { buildExportFixture, type ExportFixture } from './export-fixture.js';
import { openServiceHarness, type ServiceHarness } from './support/service-harness.js';

let a: ServiceHarness;
let f: ExportFixture;

beforeAll(async () => {
  a = openServiceHarness('Desk');
  f = await buildExportFixture(a);
  // Beyond the fixture: an edited seed source, a merge of two sources, an edited seed rating and
  // a rating of the reviewer's own, so every kind of row has been changed at least once.
  const sources = await a.call<Source[]>('sources.list', {});
  const tass = sources.find((s) => s.name === 'TASS')!;
  await a.call('sources.update', { id: tass.id, patch: { notes: 'Russian state news agency; check photo credits.' } });
  const shortName = await a.call<Source>('sources.create', { name: 'N. Mustafa', kind: 'person' });
  const naji = sources.find((s) => s.name === 'Naji Mustafa')!;
  await a.call('sources.merge', { fromId: shortName.id, intoId: naji.id });
  await a.call('ratings.update', { id: '0c6f3a9e-2d4b-5e8a-9b1c-3f7d2e6a0b04', patch: { label: 'Misleading (context)' } });
  const satire = await a.call<Rating>('ratings.create', { key: 'satire', label: 'Satire', color: '#6a1b9a' });
  await a.call('claims.setVerdict', { id: f.claims.posts.id, ratingId: satire.id });
});
afterAll(() => a.close());

async function exportBundle(h: ServiceHarness): Promise<Bundle> {
  const file = await h.call<ExportFile>('exports.render', { scope: { kind: 'workbench' }, format: 'json' });
  return JSON.parse(file.content) as Bundle;
}

function withoutExportFields(bundle: Bundle): Omit<Bundle, 'exportedAt' | 'workbenchId'> {
  const { exportedAt: _at, workbenchId: _id, ...rest } = bundle;
  return rest;
}

describe('a bundle taken to an empty workbench', () => {
  it('brings back the same workbench: exporting the copy gives the same bundle', async () => {
    const original = await exportBundle(a);
    const b = openServiceHarness('Desk');
    try {
      const summary = await b.call<MergeSummary>('bundles.import', { json: JSON.stringify(original) });
      expect(summary.added).toMatchObject({
        documents: 4,
        claims: 6,
        evidence: 3,
        files: 1,
        appearances: 1,
        tags: 2,
        ratings: 1,
        history: original.history.length,
      });
      expect(summary.updated.claims).toBe(0);

      const copy = await exportBundle(b);
      expect(withoutExportFields(copy)).toEqual(withoutExportFields(original));
      expect(copy.workbenchId).not.toBe(original.workbenchId);

      // The copy works like the original, not only as data.
      const claim = await b.call<Claim>('claims.get', { id: f.claims.nlf.id });
      expect(claim.hops.map((hop) => hop.sourceName)).toEqual(['AFP', 'Naji Mustafa']);
      expect(claim.tags).toEqual(['Idlib', 'NLF']);
      const search = await b.call<Claim[]>('claims.search', { query: 'buffer-zone' });
      expect(search.map((c) => c.id)).toEqual([f.claims.nlf.id]);
      const names = (await b.call<Source[]>('sources.list', {})).map((s) => s.name);
      expect(names).not.toContain('N. Mustafa');
      expect((await b.call<Source[]>('sources.list', { query: 'N. Mustafa' })).map((s) => s.name)).toEqual(['Naji Mustafa']);
    } finally {
      b.close();
    }
  });

  it('takes the same bundle twice without changing anything the second time', async () => {
    const original = await exportBundle(a);
    const b = openServiceHarness('Desk');
    try {
      await b.call('bundles.import', { json: JSON.stringify(original) });
      const before = await exportBundle(b);
      const again = await b.call<MergeSummary>('bundles.import', { dataBase64: Buffer.from(JSON.stringify(original)).toString('base64') });
      for (const counts of [again.added, again.updated]) expect(Object.values(counts).every((n) => n === 0)).toBe(true);
      expect(again.skipped.claims).toBe(6);
      expect(withoutExportFields(await exportBundle(b))).toEqual(withoutExportFields(before));
    } finally {
      b.close();
    }
  });

  it('takes a bundle of one document with what its claims need', async () => {
    const file = await a.call<ExportFile>('exports.render', {
      scope: { kind: 'document', documentId: f.documents.idlib },
      format: 'json',
    });
    const b = openServiceHarness('Desk');
    try {
      const summary = await b.call<MergeSummary>('bundles.import', { json: file.content });
      expect(summary.added.claims).toBe(3);
      const claim = await b.call<Claim>('claims.get', { id: f.claims.isil.id });
      expect(claim.hops.map((hop) => hop.sourceName)).toEqual(['Fars', 'Arab sources']);
      const evidence = await b.call<{ passage: { documentTitle: string } | null }[]>('evidence.list', { claimId: f.claims.isil.id });
      expect(evidence[0]!.passage!.documentTitle).toBe('Grain corridor talks resume in Istanbul');
      // The grain story came along for the passage, without its own claims.
      expect(await b.call<Claim[]>('claims.list', { documentId: f.documents.grain })).toEqual([]);
    } finally {
      b.close();
    }
  });
});
