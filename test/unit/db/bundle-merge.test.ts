import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { ExportFile } from '../../../core/api/exports.js';
import type { Bundle, MergeSummary } from '../../../core/bundle/format.js';
import type { Claim, DocumentDetail, Evidence, HistoryEvent, ImportOutcome, Source } from '../../../core/domain.js';
import { buildExportFixture, type ExportFixture } from './export-fixture.js';
import { spanOf } from './support/articles.js';
import { openServiceHarness, type ServiceHarness } from './support/service-harness.js';

// Two reviewers start from the same bundle and work apart: each edits the same claims, adds
// claims, imports the same new article and names the same new source. Then B's work is merged
// into A's workbench.

const SHARED_ARTICLE = `Ceasefire holds in Idlib

The ceasefire in Idlib held for a third day, the Syrian Observatory for Human Rights said on Wednesday.`;

let a: ServiceHarness;
let b: ServiceHarness;
let f: ExportFixture;
let bundleFromB: string;
let summary: MergeSummary;
const added: Record<string, Claim> = {};

/** Two edits must not share a millisecond, or neither would be later. */
const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

async function exportJson(h: ServiceHarness): Promise<string> {
  return (await h.call<ExportFile>('exports.render', { scope: { kind: 'workbench' }, format: 'json' })).content;
}

async function importArticle(h: ServiceHarness, text: string): Promise<string> {
  const outcome = await h.call<ImportOutcome>('documents.importText', { text });
  if (outcome.status !== 'imported') throw new Error('not imported');
  return outcome.document.id;
}

beforeAll(async () => {
  a = openServiceHarness('Desk');
  f = await buildExportFixture(a);
  b = openServiceHarness('Desk');
  await b.call('settings.update', { reviewerName: 'Omar Haddad' });
  await b.call('bundles.import', { json: await exportJson(a) });

  // The same claim edited on both sides: B's edit is the later one.
  await a.call('claims.update', { id: f.claims.nlf.id, patch: { statement: 'A: the NLF rejected the deal' } });
  await tick();
  await b.call('claims.update', { id: f.claims.nlf.id, patch: { statement: 'B: the NLF turned down the zone agreement' } });
  // Another claim edited on both sides: here A's edit is the later one.
  await b.call('claims.update', { id: f.claims.isil.id, patch: { claimant: 'Fars (B)' } });
  await tick();
  await a.call('claims.update', { id: f.claims.isil.id, patch: { claimant: 'Fars (A)' } });

  // Each adds a claim of their own, naming the same new source.
  added.a = await a.call<Claim>('claims.create', {
    documentId: f.documents.grain,
    ...spanOf(f.texts.grain, "Ukraine's farmers fear another suspension"),
    hops: [{ newSource: { name: 'Syrian Observatory', kind: 'website' }, kind: 'citing' }],
  });
  added.b = await b.call<Claim>('claims.create', {
    documentId: f.documents.idlib,
    ...spanOf(f.texts.idlib, 'the Turkish Defence Ministry said'),
    hops: [{ newSource: { name: 'syrian observatory', kind: 'website' }, kind: 'citing' }],
  });
  await b.call('claims.update', { id: added.b.id, patch: { tags: ['idlib', 'Turkey'] } });

  // Both import the same new article; B marks a claim in it.
  await importArticle(a, SHARED_ARTICLE);
  const sharedInB = await importArticle(b, SHARED_ARTICLE);
  const sharedText = (await b.call<DocumentDetail>('documents.get', { id: sharedInB })).text;
  added.onShared = await b.call<Claim>('claims.create', {
    documentId: sharedInB,
    ...spanOf(sharedText, 'The ceasefire in Idlib held for a third day'),
  });
  // Both coin the same new tag, each in their own spelling.
  await a.call('claims.update', { id: added.a.id, patch: { tags: ['Ceasefire'] } });
  await b.call('claims.update', { id: added.onShared.id, patch: { tags: ['ceasefire'] } });

  // B removes a piece of evidence A still has.
  await b.call('evidence.delete', { id: f.evidence.url.id });

  bundleFromB = await exportJson(b);
  summary = await a.call<MergeSummary>('bundles.import', { json: bundleFromB });
});
afterAll(() => {
  a.close();
  b.close();
});

describe('merging a colleague’s diverged workbench', () => {
  it('keeps every claim from both sides', async () => {
    const bundle = JSON.parse(await exportJson(a)) as Bundle;
    const ids = bundle.claims.map((c) => c.id);
    for (const claim of [...Object.values(f.claims), added.a!, added.b!, added.onShared!]) expect(ids).toContain(claim.id);
    expect(ids).toHaveLength(9);
  });

  it('takes the later edit of a claim edited on both sides, and keeps both versions in the history', async () => {
    expect((await a.call<Claim>('claims.get', { id: f.claims.nlf.id })).statement).toBe('B: the NLF turned down the zone agreement');
    expect((await a.call<Claim>('claims.get', { id: f.claims.isil.id })).claimant).toBe('Fars (A)');

    const history = await a.call<HistoryEvent[]>('history.forClaim', { claimId: f.claims.nlf.id });
    const statements = history.filter((e) => e.field === 'statement');
    expect(statements.find((e) => e.action === 'update' && e.newValue === 'A: the NLF rejected the deal')?.actor).toBe('Lena Petrova');
    expect(statements.find((e) => e.action === 'update' && e.newValue === 'B: the NLF turned down the zone agreement')?.actor).toBe(
      'Omar Haddad',
    );
    const merge = statements.find((e) => e.action === 'merge');
    expect(merge).toMatchObject({ oldValue: 'A: the NLF rejected the deal', newValue: 'B: the NLF turned down the zone agreement' });
    // B's losing edit of the other claim is in A's history too.
    const isilHistory = await a.call<HistoryEvent[]>('history.forClaim', { claimId: f.claims.isil.id });
    expect(isilHistory.some((e) => e.field === 'claimant' && e.newValue === 'Fars (B)' && e.actor === 'Omar Haddad')).toBe(true);
  });

  it('recognises the same article and the same source under the other reviewer’s IDs', async () => {
    const onShared = await a.call<Claim>('claims.get', { id: added.onShared!.id });
    const documents = await a.call<{ items: { id: string; title: string }[] }>('documents.list', {});
    expect(documents.items.filter((d) => d.title === 'Ceasefire holds in Idlib')).toHaveLength(1);
    expect(documents.items.find((d) => d.title === 'Ceasefire holds in Idlib')!.id).toBe(onShared.documentId);

    const bClaim = await a.call<Claim>('claims.get', { id: added.b!.id });
    expect(bClaim.hops[0]!.sourceId).toBe(added.a!.hops[0]!.sourceId);
    const named = (await a.call<Source[]>('sources.list', {})).filter((s) => s.name.toLowerCase() === 'syrian observatory');
    expect(named.map((s) => s.name)).toEqual(['Syrian Observatory']);
    expect(bClaim.tags).toEqual(['Idlib', 'Turkey']);
    expect((await a.call<Claim>('claims.get', { id: added.onShared!.id })).tags).toEqual(['Ceasefire']);
  });

  it('carries a removal of evidence made after the last change to it', async () => {
    const evidence = await a.call<Evidence[]>('evidence.list', { claimId: f.claims.nlf.id });
    expect(evidence.map((e) => e.id)).not.toContain(f.evidence.url.id);
    expect(evidence.map((e) => e.id)).toContain(f.evidence.file.id);
  });

  it('sums up what it did', () => {
    expect(summary.added.claims).toBe(2);
    expect(summary.updated.claims).toBe(1);
    // B's bundle holds the 6 shared claims and its 2 new ones: one shared claim changed, 5 kept.
    expect(summary.skipped.claims).toBe(5);
    expect(summary.added.sources).toBe(1);
    expect(summary.matched).toMatchObject({ documents: 1, sources: 1, tags: 1 });
    expect(summary.added.tags).toBe(1);
    expect(summary.updated.evidence).toBe(1);
    expect(summary.added.history).toBeGreaterThan(0);
  });

  it('changes nothing when the same bundle is imported again', async () => {
    const before = JSON.parse(await exportJson(a)) as Bundle;
    const again = await a.call<MergeSummary>('bundles.import', { json: bundleFromB });
    for (const counts of [again.added, again.updated]) expect(Object.values(counts).every((n) => n === 0)).toBe(true);
    const after = JSON.parse(await exportJson(a)) as Bundle;
    expect({ ...after, exportedAt: '' }).toEqual({ ...before, exportedAt: '' });
  });

  it('announces what changed so the window can reload it', () => {
    expect(a.events.some((e) => e.type === 'sources.changed')).toBe(true);
    const claimEvents = a.events.filter((e) => e.type === 'claims.changed');
    expect(claimEvents.flatMap((e) => (e.type === 'claims.changed' ? e.ids : []))).toContain(f.claims.nlf.id);
  });
});
