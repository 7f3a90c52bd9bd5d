import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import type { ChainGraph, Claim, DocumentDetail, Source, SourceTrace } from '../../../core/domain.js';
import { SEED_SOURCES } from '../../../core/sources/seed-registry.js';
import { GRAIN_ARTICLE, IDLIB_ARTICLE, spanOf } from './support/articles.js';
import { openServiceHarness, type ServiceHarness } from './support/service-harness.js';

const id = (name: string) => SEED_SOURCES.find((source) => source.name === name)!.id;
const AFP = id('AFP');
const FARS = id('Fars');
const REUTERS = id('Reuters');
const MISSING = '00000000-0000-4000-8000-000000000000';

let h: ServiceHarness;
let idlib: { id: string; text: string };
let grain: { id: string; text: string };

beforeEach(async () => {
  h = openServiceHarness();
  const load = async (text: string) => {
    const documentId = await h.importText(text);
    return { id: documentId, text: (await h.call<DocumentDetail>('documents.get', { id: documentId })).text };
  };
  idlib = await load(IDLIB_ARTICLE);
  grain = await load(GRAIN_ARTICLE);
});

afterEach(() => h.close());

function claim(document: { id: string; text: string }, words: string, hops: unknown[] = []): Promise<Claim> {
  return h.call<Claim>('claims.create', { documentId: document.id, ...spanOf(document.text, words), hops });
}

const afpQuotingSpokesman = [
  { sourceId: AFP, kind: 'paraphrase' },
  { newSource: { name: 'NLF spokesman Naji Mustafa', kind: 'person' }, kind: 'paraphrase' },
];
const farsCitingArabSources = [
  { sourceId: FARS, kind: 'paraphrase' },
  { newSource: { name: 'Arab sources', kind: 'unnamed' }, kind: 'citing' },
];

function setReview(claimId: string, status: string, ratingKey: string | null) {
  h.workbench.db
    .prepare('UPDATE claims SET status = ?, rating_id = (SELECT id FROM ratings WHERE key = ?) WHERE id = ?')
    .run(status, ratingKey, claimId);
}

describe('sources.trace', () => {
  it('gathers every live claim through a source across documents, with counts', async () => {
    const rejected = await claim(idlib, 'The National Liberation Front rejected', afpQuotingSpokesman);
    await claim(idlib, 'The US military evacuated', farsCitingArabSources);
    const farmers = await claim(grain, "Ukraine's farmers fear another suspension", [
      { sourceId: AFP, kind: 'quote' },
      { newSource: { name: 'a trader', kind: 'person' }, kind: 'quote' },
    ]);
    await claim(grain, 'Negotiators met again', [{ sourceId: REUTERS, kind: 'paraphrase' }]);
    const binned = await claim(grain, 'Grain corridor talks', [{ sourceId: AFP, kind: 'credit' }]);
    await h.call('claims.delete', { id: binned.id });
    setReview(rejected.id, 'done', 'false');
    setReview(farmers.id, 'in_review', null);

    // A hop still naming a source that was merged into AFP elsewhere (as a bundle from another
    // reviewer may bring) counts for AFP.
    const old = await h.call<Source>('sources.create', { name: 'Agence France-Presse wire', kind: 'wire_agency' });
    const viaOld = await claim(idlib, 'Turkey will keep its twelve observation posts', [{ sourceId: old.id, kind: 'paraphrase' }]);
    h.workbench.db.prepare('UPDATE sources SET merged_into = ? WHERE id = ?').run(AFP, old.id);

    const trace = await h.call<SourceTrace>('sources.trace', { id: AFP });
    expect(trace.source).toMatchObject({ id: AFP, name: 'AFP' });
    expect(trace.claims.map((c) => c.id).sort()).toEqual([rejected.id, farmers.id, viaOld.id].sort());
    expect(trace.claims.find((c) => c.id === farmers.id)).toMatchObject({ documentTitle: 'Grain corridor talks resume in Istanbul' });
    expect(trace.byStatus).toEqual({ unreviewed: 1, in_progress: 0, in_review: 1, done: 1 });
    expect(trace.byVerdict).toEqual({
      true: 0,
      mostly_true: 0,
      mixed: 0,
      misleading: 0,
      mostly_false: 0,
      false: 1,
      unverifiable: 0,
      unrated: 2,
    });
    expect(trace.documents.sort((a, b) => a.title.localeCompare(b.title))).toEqual([
      { id: grain.id, title: 'Grain corridor talks resume in Istanbul', outlet: null, claimCount: 1 },
      { id: idlib.id, title: 'Militants refuse to hand over weapons in Idlib', outlet: null, claimCount: 2 },
    ]);

    await h.call('documents.delete', { id: grain.id });
    const afterBin = await h.call<SourceTrace>('sources.trace', { id: AFP });
    expect(afterBin.claims).toHaveLength(2);
    expect(afterBin.byStatus.in_review).toBe(0);
  });

  it('lists the photo credits that name the source, under any of its names, apart from its claims', async () => {
    await h.importText(
      'Ferry stranded off the coast\n\nOlga Ivanova/TASS\n\nThe ferry lost power on Sunday.\n\n© ITAR-TASS 2019 / PAVEL LEBEDEV Harbour Talks Resume',
    );
    const trace = await h.call<SourceTrace>('sources.trace', { id: id('TASS') });
    expect(trace.claims).toEqual([]);
    expect(trace.credits.map((c) => [c.text, c.person])).toEqual([
      ['Olga Ivanova/TASS', 'Olga Ivanova'],
      ['© ITAR-TASS 2019 / PAVEL LEBEDEV', 'PAVEL LEBEDEV'],
    ]);
    expect(trace.credits[0]!.documentTitle).toBe('Ferry stranded off the coast');
  });

  it('gives zero counts for a source nobody is attributed to, and not_found for unknown IDs', async () => {
    const trace = await h.call<SourceTrace>('sources.trace', { id: id('TASS') });
    expect(trace.claims).toEqual([]);
    expect(trace.byStatus).toEqual({ unreviewed: 0, in_progress: 0, in_review: 0, done: 0 });
    expect(trace.byVerdict.unrated).toBe(0);
    expect(trace.documents).toEqual([]);
    expect((await h.failure('sources.trace', { id: MISSING })).code).toBe('not_found');
  });
});

function edgesOf(graph: ChainGraph) {
  const label = new Map(graph.nodes.map((node) => [node.id, node.label]));
  return graph.edges.map((edge) => `${label.get(edge.from)} -${edge.kind}-> ${label.get(edge.to)} ×${edge.count}`).sort();
}

describe('sources.graph', () => {
  it('draws a two-hop chain from the document through AFP to the spokesman', async () => {
    const rejected = await claim(idlib, 'The National Liberation Front rejected', afpQuotingSpokesman);
    const graph = await h.call<ChainGraph>('sources.graph', { claimId: rejected.id });
    expect(graph.nodes).toEqual([
      { id: idlib.id, label: 'Militants refuse to hand over weapons in Idlib', kind: 'document', flagged: false, claimCount: 1 },
      { id: AFP, label: 'AFP', kind: 'wire_agency', flagged: false, claimCount: 1 },
      { id: rejected.hops[1]!.sourceId, label: 'NLF spokesman Naji Mustafa', kind: 'person', flagged: false, claimCount: 1 },
    ]);
    expect(graph.edges).toEqual([
      { from: idlib.id, to: AFP, kind: 'paraphrase', count: 1 },
      { from: AFP, to: rejected.hops[1]!.sourceId, kind: 'paraphrase', count: 1 },
    ]);
  });

  it('flags chains ending in an unnamed source and leads chainless claims to the unknown node', async () => {
    await h.call('documents.update', { id: idlib.id, patch: { outlet: 'Alwaght' } });
    const evacuated = await claim(idlib, 'The US military evacuated', farsCitingArabSources);
    await claim(idlib, 'Turkey will keep its twelve observation posts');
    await claim(idlib, 'The National Liberation Front rejected', afpQuotingSpokesman);
    await claim(idlib, 'demilitarised zone agreement on Monday', afpQuotingSpokesman);

    const graph = await h.call<ChainGraph>('sources.graph', { documentId: idlib.id });
    const flagged = graph.nodes.filter((node) => node.flagged).map((node) => [node.label, node.kind]);
    expect(flagged.sort()).toEqual([
      ['Arab sources', 'unnamed'],
      ['Unknown source', 'unnamed'],
    ]);
    expect(graph.nodes.find((node) => node.kind === 'document')).toMatchObject({ label: 'Alwaght', claimCount: 4 });
    expect(edgesOf(graph)).toEqual([
      'AFP -paraphrase-> NLF spokesman Naji Mustafa ×2',
      'Alwaght -carries-> Unknown source ×1',
      'Alwaght -paraphrase-> AFP ×2',
      'Alwaght -paraphrase-> Fars ×1',
      'Fars -citing-> Arab sources ×1',
    ]);
    const single = await h.call<ChainGraph>('sources.graph', { claimId: evacuated.id });
    expect(single.nodes.at(-1)).toMatchObject({ label: 'Arab sources', flagged: true });
  });

  it('shows every chain through a source, from all documents', async () => {
    await claim(idlib, 'The National Liberation Front rejected', afpQuotingSpokesman);
    await claim(grain, "Ukraine's farmers fear another suspension", [{ sourceId: AFP, kind: 'quote' }]);
    await claim(grain, 'Negotiators met again', [{ sourceId: REUTERS, kind: 'paraphrase' }]);
    const graph = await h.call<ChainGraph>('sources.graph', { sourceId: AFP });
    expect(graph.nodes.find((node) => node.id === AFP)?.claimCount).toBe(2);
    expect(graph.nodes.some((node) => node.id === REUTERS)).toBe(false);
    expect(edgesOf(graph)).toEqual([
      'AFP -paraphrase-> NLF spokesman Naji Mustafa ×1',
      'Grain corridor talks resume in Istanbul -quote-> AFP ×1',
      'Militants refuse to hand over weapons in Idlib -paraphrase-> AFP ×1',
    ]);
  });

  it('needs exactly one existing claim, document or source', async () => {
    expect((await h.failure('sources.graph', {})).code).toBe('invalid_arguments');
    expect((await h.failure('sources.graph', { claimId: MISSING, sourceId: AFP })).code).toBe('invalid_arguments');
    expect((await h.failure('sources.graph', { claimId: MISSING })).code).toBe('not_found');
    expect((await h.failure('sources.graph', { documentId: MISSING })).code).toBe('not_found');
    expect((await h.failure('sources.graph', { sourceId: MISSING })).code).toBe('not_found');
  });
});
