import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { ExportFile } from '../../../../core/api/exports.js';
import type { Bundle, MergeSummary } from '../../../../core/bundle/format.js';
import type { Claim, Source } from '../../../../core/domain.js';
import { IDLIB_ARTICLE, spanOf } from '../support/articles.js';
import { openServiceHarness, type ServiceHarness } from '../support/service-harness.js';

// Registry identities travel: two desks that built their registries apart line up on Wikidata
// items as well as on names when one takes the other's bundle.

let a: ServiceHarness;
let b: ServiceHarness;
let bundleFromB: string;
let summary: MergeSummary;
const inA: Record<string, Source> = {};
const inB: Record<string, Source> = {};
let claimFromB: Claim;

async function exportJson(h: ServiceHarness): Promise<string> {
  return (await h.call<ExportFile>('exports.render', { scope: { kind: 'workbench' }, format: 'json' })).content;
}

async function sourceNamed(h: ServiceHarness, name: string): Promise<Source | undefined> {
  return (await h.call<Source[]>('sources.list', {})).find((s) => s.name === name);
}

beforeAll(async () => {
  a = openServiceHarness('Desk A');
  b = openServiceHarness('Desk B');
  await a.call('settings.update', { reviewerName: 'Ana Ruiz' });
  // Desk A's registry.
  inA.sohr = await a.call<Source>('sources.create', {
    name: 'Idlib Monitoring Centre',
    kind: 'website',
    wikidataId: 'Q900001',
  });
  inA.naji = await a.call<Source>('sources.create', { name: 'Naji Mustafa', kind: 'person' });
  inA.watan = await a.call<Source>('sources.create', { name: 'Al-Manara', kind: 'newspaper', wikidataId: 'Q900004' });
  inA.ministry = await a.call<Source>('sources.create', { name: 'Ministry of Information', kind: 'official', wikidataId: 'Q900006' });
  inA.press = await a.call<Source>('sources.create', { name: 'Ministry press office', kind: 'official', wikidataId: 'Q900006' });

  // Desk B's, built apart: the same things under other names and IDs, and one source A lacks.
  inB.sohr = await b.call<Source>('sources.create', { name: 'IMC', kind: 'website', wikidataId: 'Q900001' });
  inB.naji = await b.call<Source>('sources.create', { name: 'naji mustafa', kind: 'person', wikidataId: 'Q900002' });
  inB.watan = await b.call<Source>('sources.create', { name: 'Al-Manara', kind: 'newspaper', wikidataId: 'Q900003' });
  inB.ministry = await b.call<Source>('sources.create', { name: 'MoI', kind: 'official', wikidataId: 'Q900006' });
  inB.fresh = await b.call<Source>('sources.create', { name: 'Northern Dispatch', kind: 'website', wikidataId: 'Q900005' });
  const document = await b.importText(IDLIB_ARTICLE);
  const text = (await b.call<{ text: string }>('documents.get', { id: document })).text;
  claimFromB = await b.call<Claim>('claims.create', {
    documentId: document,
    ...spanOf(text, 'The National Liberation Front rejected the demilitarised zone agreement on Monday'),
    hops: [
      { sourceId: inB.sohr.id, kind: 'citing' },
      { sourceId: inB.naji.id, kind: 'quote' },
    ],
  });

  bundleFromB = await exportJson(b);
  summary = await a.call<MergeSummary>('bundles.import', { json: bundleFromB });
});
afterAll(() => {
  a.close();
  b.close();
});

describe('merging a colleague’s registry', () => {
  it('carries each source’s Wikidata item in the bundle', () => {
    const bundle = JSON.parse(bundleFromB) as Bundle;
    const items = Object.fromEntries(bundle.sources.filter((s) => s.wikidataId).map((s) => [s.name, s.wikidataId]));
    expect(items).toMatchObject({ IMC: 'Q900001', 'naji mustafa': 'Q900002', 'Al-Manara': 'Q900003', 'Northern Dispatch': 'Q900005' });
  });

  it('takes a source with the Wikidata item of one here as that source, whatever its name', async () => {
    expect(await sourceNamed(a, 'IMC')).toBeUndefined();
    const sohr = await a.call<Source>('sources.get', { id: inA.sohr!.id });
    expect(sohr.name).toBe('Idlib Monitoring Centre');
    expect(sohr.wikidataId).toBe('Q900001');
    expect(sohr.aliases.map((alias) => alias.alias)).toContain('IMC');
    // B's ID still resolves, to A's source, and B's hop names it.
    expect((await a.call<Source>('sources.get', { id: inB.sohr!.id })).id).toBe(inA.sohr!.id);
    const claim = await a.call<Claim>('claims.get', { id: claimFromB.id });
    expect(claim.hops.map((hop) => hop.sourceId)).toEqual([inA.sohr!.id, inA.naji!.id]);
  });

  it('gives a source matched by name the bundle’s item when it had none, and says who did it', async () => {
    expect((await a.call<Source>('sources.get', { id: inA.naji!.id })).wikidataId).toBe('Q900002');
    const line = a.workbench.db
      .prepare(
        `SELECT actor, action, old_value AS oldValue, new_value AS newValue FROM history WHERE entity_id = ? AND field = 'wikidataId'`,
      )
      .get(inA.naji!.id);
    expect(line).toEqual({ actor: 'Ana Ruiz', action: 'update', oldValue: null, newValue: 'Q900002' });
  });

  it('keeps its own item when a namesake brings another, and tells the reviewer', async () => {
    const watan = (await a.call<Source[]>('sources.list', {})).filter((s) => s.name === 'Al-Manara');
    expect(watan.map((s) => [s.id, s.wikidataId])).toEqual([[inA.watan!.id, 'Q900004']]);
    expect(summary.notes).toContainEqual(
      expect.stringContaining('two name different Wikidata items (Q900003 in the bundle, Q900004 here)'),
    );
  });

  it('matches no source by an item two sources here share', async () => {
    const moi = await sourceNamed(a, 'MoI');
    expect(moi?.id).toBe(inB.ministry!.id);
    expect(moi?.wikidataId).toBe('Q900006');
  });

  it('adds a source it does not know with its item, and counts what it matched', async () => {
    expect((await a.call<Source>('sources.get', { id: inB.fresh!.id })).wikidataId).toBe('Q900005');
    expect(summary.added.sources).toBe(5);
    // IMC by item, naji mustafa and Al-Manara by name.
    expect(summary.matched.sources).toBe(3);
  });

  it('changes nothing when the same bundle comes again', async () => {
    const before = JSON.parse(await exportJson(a)) as Bundle;
    const again = await a.call<MergeSummary>('bundles.import', { json: bundleFromB });
    for (const counts of [again.added, again.updated]) expect(Object.values(counts).every((n) => n === 0)).toBe(true);
    const after = JSON.parse(await exportJson(a)) as Bundle;
    expect({ ...after, exportedAt: '' }).toEqual({ ...before, exportedAt: '' });
  });
});

describe('a registry taken to an empty workbench', () => {
  it('keeps every Wikidata item, those gained in the merge included', async () => {
    const original = JSON.parse(await exportJson(a)) as Bundle;
    const c = openServiceHarness('Desk C');
    try {
      await c.call('bundles.import', { json: JSON.stringify(original) });
      const copy = JSON.parse(await exportJson(c)) as Bundle;
      const items = (bundle: Bundle) => Object.fromEntries(bundle.sources.map((s) => [s.id, s.wikidataId]));
      expect(items(copy)).toEqual(items(original));
      expect((await c.call<Source>('sources.get', { id: inA.naji!.id })).wikidataId).toBe('Q900002');
      expect((await c.call<Source>('sources.get', { id: inB.fresh!.id })).wikidataId).toBe('Q900005');
    } finally {
      c.close();
    }
  });
});
