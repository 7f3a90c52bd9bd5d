import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import type { Claim, DocumentDetail, Source } from '../../../../core/domain.js';
import type { Amplification } from '../../../../core/review/amplification.js';
import { SEED_SOURCES } from '../../../../core/sources/seed-registry.js';
import { spanOf } from '../support/articles.js';
import { openServiceHarness, type ServiceHarness } from '../support/service-harness.js';

const id = (name: string) => SEED_SOURCES.find((source) => source.name === name)!.id;
const TASS = id('TASS');
const MISSING = '00000000-0000-4000-8000-000000000000';

// One statement about a ferry pier, as a wire agency put it out and as others passed it on.
const STATEMENT = 'the ferry pier at Ochakiv had been hit by two missiles before dawn';

const ARTICLES = {
  tass: { outlet: 'TASS', publishedAt: '2024-05-02', text: `Ochakiv pier struck\n\nTASS correspondents reported that ${STATEMENT}.` },
  sputnik: { outlet: 'Sputnik', publishedAt: '2024-05-03', text: `Pier hit, TASS says\n\nAccording to TASS, ${STATEMENT}.` },
  southfront: { outlet: 'SouthFront', publishedAt: '2024-05-05', text: `Missiles on Ochakiv\n\nTASS reported that ${STATEMENT}.` },
  ledger: {
    outlet: 'Black Sea Ledger',
    publishedAt: null,
    text: `Claims of a strike at Ochakiv\n\nTASS claimed that ${STATEMENT}, a report nobody else has confirmed.`,
  },
  sputnikLater: {
    outlet: 'Sputnik',
    publishedAt: '2024-05-09',
    text: 'Port reopens\n\nTASS reported that the pier at Ochakiv reopened to ferries on Thursday.',
  },
} as const;

type Key = keyof typeof ARTICLES;

let h: ServiceHarness;
const docs = {} as Record<Key, { id: string; text: string }>;

beforeEach(async () => {
  h = openServiceHarness();
  for (const [key, article] of Object.entries(ARTICLES) as [Key, (typeof ARTICLES)[Key]][]) {
    const documentId = await h.importText(article.text);
    await h.call('documents.update', { id: documentId, patch: { outlet: article.outlet, publishedAt: article.publishedAt } });
    docs[key] = { id: documentId, text: (await h.call<DocumentDetail>('documents.get', { id: documentId })).text };
  }
});

afterEach(() => h.close());

function claim(key: Key, words: string, hops: unknown[]): Promise<Claim> {
  return h.call<Claim>('claims.create', { documentId: docs[key].id, ...spanOf(docs[key].text, words), hops });
}

const viaTass = (stance = 'neutral') => [{ sourceId: TASS, kind: 'citing', stance }];

describe('sources.amplification', () => {
  it('lists who relays TASS with counts, dates and stances, skips TASS reporting itself, and marks first appearances', async () => {
    await claim('tass', STATEMENT, viaTass());
    const sputnik = await claim('sputnik', STATEMENT, viaTass());
    const southfront = await claim('southfront', STATEMENT, viaTass());
    const ledger = await claim('ledger', STATEMENT, viaTass('distancing'));
    await claim('sputnikLater', 'the pier at Ochakiv reopened to ferries on Thursday', viaTass());
    // SouthFront's copy is linked to Sputnik's earlier one: the same statement, published first by Sputnik.
    await h.call('claims.linkAppearance', { id: southfront.id, documentId: docs.sputnik.id, ...spanOf(docs.sputnik.text, STATEMENT) });

    const result = await h.call<Amplification>('sources.amplification', { id: TASS });
    expect(result.source).toMatchObject({ id: TASS, name: 'TASS' });
    expect(result).toMatchObject({ claimCount: 5, relayedClaimCount: 4 });
    expect(result.relayers.map((r) => [r.name, r.claimCount, r.documentCount])).toEqual([
      ['Sputnik', 2, 2],
      ['SouthFront', 1, 1],
      ['Black Sea Ledger', 1, 1],
    ]);
    const [bySputnik, bySouthfront, byLedger] = result.relayers;
    expect(bySputnik).toMatchObject({
      sourceId: id('Sputnik'),
      kind: 'state_media',
      firstSeen: { at: '2024-05-03', basis: 'published' },
      lastSeen: { at: '2024-05-09', basis: 'published' },
      typicalStance: 'neutral',
      hopKinds: ['citing'],
      firstAppearances: 2,
    });
    expect(bySouthfront!.claims).toEqual([
      expect.objectContaining({
        claimId: southfront.id,
        first: false,
        firstAppearance: expect.objectContaining({ documentId: docs.sputnik.id, claimId: sputnik.id, publishedAt: '2024-05-03' }),
      }),
    ]);
    // Undated: placed by when it was imported, and never the first appearance.
    expect(byLedger).toMatchObject({ typicalStance: 'distancing', firstSeen: { basis: 'imported' }, firstAppearances: 0 });
    expect(byLedger!.claims[0]).toMatchObject({ claimId: ledger.id, stance: 'distancing', first: false, firstAppearance: null });
  });

  it('counts a hop on a source merged into TASS as TASS, and answers a merged ID for the source it lives on in', async () => {
    const wire = await h.call<Source>('sources.create', { name: 'TASS wire desk', kind: 'wire_agency' });
    await claim('southfront', STATEMENT, [{ sourceId: wire.id, kind: 'quote' }]);
    // As a bundle from another desk may bring it: a hop still naming the merged source.
    h.workbench.db.prepare('UPDATE sources SET merged_into = ? WHERE id = ?').run(TASS, wire.id);

    const result = await h.call<Amplification>('sources.amplification', { id: wire.id });
    expect(result.source.id).toBe(TASS);
    expect(result.relayers.map((r) => [r.name, r.claimCount, r.hopKinds])).toEqual([['SouthFront', 1, ['quote']]]);
  });

  it('leaves out claims that are gone, and says nobody relays a source no chain names', async () => {
    const binned = await claim('sputnik', STATEMENT, viaTass());
    await h.call('claims.delete', { id: binned.id });
    const result = await h.call<Amplification>('sources.amplification', { id: TASS });
    expect(result).toMatchObject({ claimCount: 0, relayedClaimCount: 0, relayers: [] });
  });

  it('refuses an unknown source and an ID that is not one', async () => {
    const missing = await h.failure('sources.amplification', { id: MISSING });
    expect(missing).toMatchObject({ code: 'not_found', message: `There is no source with the ID ${MISSING}.` });
    expect((await h.failure('sources.amplification', { id: 'TASS' })).code).toBe('invalid_arguments');
    expect((await h.failure('sources.amplification', {})).code).toBe('invalid_arguments');
  });
});
