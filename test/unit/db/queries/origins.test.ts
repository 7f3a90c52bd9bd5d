// The origins of a claim read from a real workbench: claims joined across documents by their
// linked appearances, chains as the reviewer set them, outlets and merges from the registry.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import type { ReviewDashboard, ReviewQueueItem } from '../../../../core/api/review.js';
import type { Claim, DocumentDetail, Source } from '../../../../core/domain.js';
import type { ClaimOrigins } from '../../../../core/review/origins.js';
import { spanOf } from '../support/articles.js';
import { openServiceHarness, type ServiceHarness } from '../support/service-harness.js';

const CLAIM = 'Two grain ships left the southern port under naval escort on Friday';

const article = (outlet: string, attribution: string) => `${outlet} on the grain corridor

${CLAIM}, ${attribution}.

Insurers have not changed their rates.`;

let h: ServiceHarness;
beforeEach(() => {
  h = openServiceHarness();
});
afterEach(() => h.close());

async function source(name: string, kind: Source['kind'] = 'website', wikidataId: string | null = null): Promise<Source> {
  const existing = (await h.call<Source[]>('sources.list')).find((s) => s.name === name);
  return existing ?? h.call<Source>('sources.create', { name, kind, wikidataId });
}

/** A document from `outlet` whose claim goes back through `chain`; linked to `linkedTo` when given. */
async function carry(outlet: Source, attribution: string, chain: Source[], linkedTo?: Claim): Promise<Claim> {
  const id = await h.importText(article(outlet.name, attribution));
  await h.call('documents.update', { id, patch: { outlet: outlet.name } });
  const { text } = await h.call<DocumentDetail>('documents.get', { id });
  const claim = await h.call<Claim>('claims.create', { documentId: id, ...spanOf(text, CLAIM) });
  await h.call('claims.setChain', { id: claim.id, hops: chain.map((s) => ({ sourceId: s.id, kind: 'citing', cue: null })) });
  if (linkedTo) await h.call('claims.linkAppearance', { id: linkedTo.id, documentId: id, ...spanOf(text, CLAIM) });
  return claim;
}

const originsOf = (claim: Claim) => h.call<ClaimOrigins>('claims.origins', { id: claim.id });

describe('claims.origins', () => {
  it('counts three outlets relaying one TASS report as three documents and one origin', async () => {
    const tass = await source('TASS');
    const first = await carry(await source('SouthFront'), 'TASS reported', [tass]);
    const second = await carry(await source('Sputnik', 'state_media'), 'according to TASS', [tass], first);
    const third = await carry(await source('Al Masdar News'), 'TASS said', [tass]);
    // Linked the other way round: the third claim names the first one's passage as its appearance.
    const { text } = await h.call<DocumentDetail>('documents.get', { id: first.documentId });
    await h.call('claims.linkAppearance', { id: third.id, documentId: first.documentId, ...spanOf(text, CLAIM) });

    for (const claim of [first, third]) {
      const origins = await originsOf(claim);
      expect(origins.documentCount).toBe(3);
      expect(origins.origins.map((o) => o.name)).toEqual(['TASS']);
      expect(origins.flag).toBe('single-origin');
    }

    // A claim of its own, from two independent agencies, is neither flagged nor listed by the filter.
    const own = await carry(await source('Reuters'), 'Reuters reported', [await source('Reuters')]);
    const queue = await h.call<{ items: ReviewQueueItem[] }>('review.queue', { origin: 'single' });
    expect(queue.items.map((item) => item.id).sort()).toEqual([first.id, second.id, third.id].sort());
    expect(queue.items.map((item) => item.origins)).toEqual(
      Array(3).fill({ documents: 3, independent: 1, untraced: 0, flag: 'single-origin' }),
    );
    expect((await h.call<{ items: ReviewQueueItem[] }>('review.queue', { origin: 'single-unnamed' })).items).toEqual([]);
    const all = await h.call<{ items: ReviewQueueItem[] }>('review.queue', {});
    expect(all.items.find((item) => item.id === own.id)?.origins).toEqual({ documents: 1, independent: 1, untraced: 0, flag: null });
    expect((await h.call<ReviewDashboard>('review.dashboard', {})).singleOrigin).toEqual({ total: 3, unnamed: 0 });
    expect((await h.failure('review.queue', { origin: 'one' })).code).toBe('invalid_arguments');
  });

  it('follows a merge in the registry', async () => {
    const tass = await source('TASS');
    const copy = await source('Tass news agency', 'wire_agency');
    const first = await carry(await source('SouthFront'), 'TASS reported', [tass]);
    await carry(await source('Al Masdar News'), 'the Tass news agency said', [copy], first);
    expect((await originsOf(first)).origins).toHaveLength(2);
    await h.call('sources.merge', { fromId: copy.id, intoId: tass.id });
    expect((await originsOf(first)).origins.map((o) => o.name)).toEqual(['TASS']);
  });

  it('leaves a claim in one document unflagged, has nothing for a claim in the bin, and refuses an unknown claim', async () => {
    const claim = await carry(await source('SouthFront'), 'TASS reported', [await source('TASS')]);
    expect(await originsOf(claim)).toMatchObject({ documentCount: 1, flag: null });
    await h.call('claims.delete', { id: claim.id });
    expect(await originsOf(claim)).toBeNull();
    expect((await h.failure('claims.origins', { id: '0b7d8a52-7f0e-4f0c-9a57-0f6f5a3c2b11' })).code).toBe('not_found');
  });
});
