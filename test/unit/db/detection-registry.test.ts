// Accepting suggestions must not pollute the registry: known sources are found under any of their
// names, new ones arrive unconfirmed for a reviewer to confirm, merge or discard, and rejected
// suggestions stay rejected.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import type { ExportFile } from '../../../core/api/exports.js';
import type { Bundle, MergeSummary } from '../../../core/bundle/format.js';
import type { Suggestion } from '../../../core/detection/index.js';
import type { Claim, RejectedSuggestion, Source } from '../../../core/domain.js';
import { openServiceHarness, type ServiceHarness } from './support/service-harness.js';

const ARTICLE = `Port strike spreads to second terminal

Dockworkers walked out at the Lindholm terminal on Monday, union organiser Petra Varga told the Harbour Gazette.

“We will stay out until the contracts are signed,” Varga said.

Shipping agents said similar reports had reached them from three other ports, the Harbour Gazette reported.`;

let h: ServiceHarness;
let documentId: string;

beforeEach(async () => {
  h = openServiceHarness();
  documentId = await h.importText(ARTICLE);
});

afterEach(() => h.close());

const suggest = () => h.call<Suggestion[]>('detection.suggest', { documentId });
const sources = (confirmed?: boolean) => h.call<Source[]>('sources.list', confirmed === undefined ? {} : { confirmed });

describe('accepting suggestions', () => {
  it('grows the registry only by unconfirmed sources, one per person however often named', async () => {
    const before = await sources();
    const found = await suggest();
    expect(found.length).toBeGreaterThanOrEqual(3);
    await h.call<Claim[]>('detection.accept', { documentId, suggestions: found });

    const after = await sources();
    const added = after.filter((s) => !before.some((b) => b.id === s.id));
    expect(added.length).toBeGreaterThan(0);
    expect(added.every((s) => !s.confirmed)).toBe(true);
    // "Petra Varga" and "Varga" are one person.
    expect(added.filter((s) => s.name.includes('Varga')).map((s) => s.name)).toEqual(['Petra Varga']);
    expect((await sources(false)).map((s) => s.id).sort()).toEqual(added.map((s) => s.id).sort());
  });

  it('finds an existing source under an alias or a person under their surname instead of creating one', async () => {
    const gazette = await h.call<Source>('sources.create', {
      name: 'The Harbour Gazette (Lindholm)',
      kind: 'newspaper',
      aliases: [{ alias: 'Harbour Gazette', kind: 'name' }],
    });
    const varga = await h.call<Source>('sources.create', { name: 'Union organiser Petra Varga', kind: 'person' });
    const found = await suggest();
    const claims = await h.call<Claim[]>('detection.accept', { documentId, suggestions: found });
    const named = new Set(claims.flatMap((c) => c.hops.map((hop) => hop.sourceId)));
    expect(named.has(gazette.id)).toBe(true);
    expect(named.has(varga.id)).toBe(true);
    expect(
      (await sources())
        .filter((s) => /Gazette|Varga/u.test(s.name))
        .map((s) => s.id)
        .sort(),
    ).toEqual([gazette.id, varga.id].sort());
  });

  it('records the stance of each cue on its hop', async () => {
    const gates = await h.importText('Gate closures\n\nThe port authority claimed that the gates were closed for safety.');
    const found = await h.call<Suggestion[]>('detection.suggest', { documentId: gates });
    expect(found[0]!.hops.at(-1)!.stance).toBe('distancing');
    const [claim] = await h.call<Claim[]>('detection.accept', { documentId: gates, suggestions: found });
    expect(claim!.hops.at(-1)!.stance).toBe('distancing');
  });
});

describe('reviewing unconfirmed sources', () => {
  it('confirms a source, which then counts as confirmed', async () => {
    await h.call<Claim[]>('detection.accept', { documentId, suggestions: await suggest() });
    const [first] = await sources(false);
    const confirmed = await h.call<Source>('sources.confirm', { id: first!.id });
    expect(confirmed.confirmed).toBe(true);
    expect((await sources(false)).some((s) => s.id === first!.id)).toBe(false);
  });

  it('discards an unconfirmed source: it leaves every chain and the registry, and the history says so', async () => {
    const claims = await h.call<Claim[]>('detection.accept', { documentId, suggestions: await suggest() });
    const unconfirmed = await sources(false);
    const agents = unconfirmed.find((s) => /agents/u.test(s.name))!;
    const result = await h.call<{ id: string; claimIds: string[] }>('sources.discard', { id: agents.id });
    expect(result.claimIds.length).toBeGreaterThan(0);
    expect((await sources()).some((s) => s.id === agents.id)).toBe(false);
    const after = await h.call<Claim>('claims.get', { id: result.claimIds[0] });
    expect(after.hops.some((hop) => hop.sourceId === agents.id)).toBe(false);
    expect(after.hops.map((hop) => hop.ordinal)).toEqual(after.hops.map((_, i) => i));
    expect(claims.length).toBeGreaterThan(0);
  });

  it('refuses to discard a confirmed source', async () => {
    const afp = (await sources()).find((s) => s.name === 'AFP')!;
    await expect(h.call('sources.discard', { id: afp.id })).rejects.toThrow(/confirmed source/u);
  });
});

describe('rejected suggestions', () => {
  it('stay rejected after detection runs again, say who rejected them, and come back when restored', async () => {
    const found = await suggest();
    const target = found[0]!;
    const [rejection] = await h.call<RejectedSuggestion[]>('detection.reject', { documentId, suggestions: [target] });
    expect(rejection).toMatchObject({ documentId, claimQuote: target.claim.text });
    expect(rejection!.rejectedAt).toMatch(/^\d{4}-/u);

    const again = await suggest();
    expect(again.some((s) => s.claim.text === target.claim.text && s.source === target.source)).toBe(false);
    expect(await h.call<RejectedSuggestion[]>('detection.rejections', { documentId })).toHaveLength(1);

    await h.call('detection.restore', { id: rejection!.id });
    expect((await suggest()).some((s) => s.claim.text === target.claim.text && s.source === target.source)).toBe(true);
  });

  it('travel in bundles with the stances and unconfirmed sources, and stay rejected in the other workbench', async () => {
    const found = await suggest();
    const [target, ...rest] = found;
    await h.call('detection.reject', { documentId, suggestions: [target] });
    await h.call('detection.accept', { documentId, suggestions: rest });
    const file = await h.call<ExportFile>('exports.render', { scope: { kind: 'workbench' }, format: 'json' });
    const bundle = JSON.parse(file.content) as Bundle;
    expect(bundle.version).toBe(3);
    expect(bundle.rejections).toHaveLength(1);
    expect(bundle.sources.some((s) => !s.confirmed)).toBe(true);
    expect(bundle.sources.find((s) => s.name === 'Reuters')!.wikidataId).toBe('Q130879');
    expect(bundle.hops.some((hop) => hop.stance === 'neutral')).toBe(true);

    const other = openServiceHarness();
    try {
      const summary = await other.call<MergeSummary>('bundles.import', { json: file.content });
      expect(summary.added.rejections).toBe(1);
      const again = await other.call<Suggestion[]>('detection.suggest', { documentId });
      expect(again.some((s) => s.claim.text === target!.claim.text && s.source === target!.source)).toBe(false);
      expect((await other.call<Source[]>('sources.list', { confirmed: false })).length).toBeGreaterThan(0);
    } finally {
      other.close();
    }
  });
});
