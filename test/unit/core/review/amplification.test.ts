import { describe, expect, it } from 'vitest';

import type { CueStance, HopKind, SourceKind } from '../../../../core/domain.js';
import { amplificationOf, type RelayClaimInput, type RelayHop } from '../../../../core/review/amplification.js';

const TASS = { id: 'tass', name: 'TASS', kind: 'state_media' as SourceKind };
const SOUTHFRONT = { id: 'southfront', name: 'SouthFront', kind: 'website' as SourceKind };
const SPUTNIK = { id: 'sputnik', name: 'Sputnik', kind: 'state_media' as SourceKind };

function hop(
  source: { id: string; name: string; kind: SourceKind },
  stance: CueStance | null = 'neutral',
  kind: HopKind = 'citing',
): RelayHop {
  return { sourceId: source.id, sourceName: source.name, sourceKind: source.kind, kind, stance };
}

let next = 0;
/** A claim in a document of its own, published by `outlet`, with the given chain. */
function claim(
  outlet: { id: string; name: string; kind: SourceKind } | string | null,
  hops: RelayHop[],
  more: Partial<RelayClaimInput> = {},
): RelayClaimInput {
  next += 1;
  return {
    claimId: `claim-${next}`,
    quote: `statement ${next}`,
    documentId: `doc-${next}`,
    documentTitle: `Article ${next}`,
    outletSource: typeof outlet === 'object' ? outlet : null,
    outletName: typeof outlet === 'string' ? outlet : typeof outlet === 'object' && outlet ? outlet.name : null,
    publishedAt: `2024-03-${String(next % 28 || 1).padStart(2, '0')}`,
    importedAt: '2024-06-01T09:00:00.000Z',
    start: 0,
    end: 10,
    hops,
    appearances: [],
    ...more,
  };
}

const names = (result: ReturnType<typeof amplificationOf>) => result.relayers.map((r) => `${r.name} (${r.claimCount})`);

describe('amplificationOf', () => {
  it('names whoever stands just before the source, or the publishing outlet when it is the first hop, most claims and earliest first', () => {
    const result = amplificationOf(
      TASS,
      [
        claim(SOUTHFRONT, [hop(TASS)]),
        claim(SOUTHFRONT, [hop(TASS)]),
        claim('Daily Ledger', [hop(SPUTNIK), hop(TASS)]),
        claim(SOUTHFRONT, [hop(SPUTNIK), hop(TASS)]),
      ],
      new Map(),
    );
    expect(names(result)).toEqual(['SouthFront (2)', 'Sputnik (2)']);
    expect(result.relayers[1]).toMatchObject({ key: 'sputnik', sourceId: 'sputnik', kind: 'state_media', documentCount: 2 });
    expect(result).toMatchObject({ claimCount: 4, relayedClaimCount: 4, source: TASS });
  });

  it('names an outlet the registry lacks by its printed name, one relayer however it is cased, and a document with no outlet by its title', () => {
    const result = amplificationOf(
      TASS,
      [
        claim('Daily Ledger', [hop(TASS)]),
        claim('DAILY LEDGER ', [hop(TASS)]),
        claim(null, [hop(TASS)], { documentTitle: 'Untitled page' }),
      ],
      new Map(),
    );
    expect(result.relayers.map((r) => [r.name, r.kind, r.claimCount])).toEqual([
      ['Daily Ledger', 'outlet', 2],
      ['Untitled page', 'document', 1],
    ]);
    expect(result.relayers[0]!.sourceId).toBeNull();
  });

  it('counts merged sources as the one they were merged into, as the source and as relayers', () => {
    const oldTass = { id: 'tass-old', name: 'ITAR-TASS', kind: 'state_media' as SourceKind };
    const oldSputnik = { id: 'sputnik-old', name: 'Sputnik News', kind: 'state_media' as SourceKind };
    const merged = new Map([
      ['tass-old', 'tass'],
      ['sputnik-old', 'sputnik'],
    ]);
    const result = amplificationOf(
      TASS,
      [claim(SOUTHFRONT, [hop(SPUTNIK), hop(oldTass)]), claim(SOUTHFRONT, [hop(oldSputnik), hop(TASS)])],
      merged,
    );
    expect(result.relayers.map((r) => [r.key, r.claimCount])).toEqual([['sputnik', 2]]);
    // Asked for by a merged ID, the answer is about the source it lives on in.
    expect(amplificationOf(oldTass, [claim(SOUTHFRONT, [hop(TASS)])], merged).source.id).toBe('tass');
  });

  it('skips self-relay: an outlet reporting its own source, or the source next to a merged alias of itself', () => {
    const oldTass = { id: 'tass-old', name: 'ITAR-TASS', kind: 'state_media' as SourceKind };
    const result = amplificationOf(
      TASS,
      [claim(TASS, [hop(TASS)]), claim(SOUTHFRONT, [hop(TASS), hop(oldTass)]), claim(TASS, [hop(oldTass)])],
      new Map([['tass-old', 'tass']]),
    );
    expect(names(result)).toEqual(['SouthFront (1)']);
    expect(result).toMatchObject({ claimCount: 3, relayedClaimCount: 1 });
  });

  it('gives a source that comes back to itself through a cycle to those in between, each claim once per relayer', () => {
    const result = amplificationOf(
      TASS,
      [
        // TASS's own article citing Sputnik citing TASS: Sputnik relayed TASS, TASS did not relay itself.
        claim(TASS, [hop(SPUTNIK), hop(TASS)]),
        // SouthFront → TASS → Sputnik → TASS → Sputnik → TASS: SouthFront and Sputnik, Sputnik once.
        claim(SOUTHFRONT, [hop(TASS), hop(SPUTNIK), hop(TASS), hop(SPUTNIK), hop(TASS, 'distancing')]),
      ],
      new Map(),
    );
    expect(names(result)).toEqual(['Sputnik (2)', 'SouthFront (1)']);
    expect(result.relayers.find((r) => r.name === 'Sputnik')!.stances).toEqual({ neutral: 2, distancing: 0, endorsing: 0, unrecorded: 0 });
  });

  it('dates relays by publication, falling back to the imported date and saying so', () => {
    const result = amplificationOf(
      TASS,
      [
        claim(SOUTHFRONT, [hop(TASS)], { publishedAt: '2024-03-05' }),
        claim(SOUTHFRONT, [hop(TASS)], { publishedAt: null, importedAt: '2024-06-01T09:00:00.000Z' }),
        claim(SOUTHFRONT, [hop(TASS)], { publishedAt: '2024-02-20' }),
      ],
      new Map(),
    );
    const [southfront] = result.relayers;
    expect(southfront!.firstSeen).toEqual({ at: '2024-02-20', basis: 'published' });
    expect(southfront!.lastSeen).toEqual({ at: '2024-06-01T09:00:00.000Z', basis: 'imported' });
    expect(southfront!.claims.map((c) => c.seen.at)).toEqual(['2024-02-20', '2024-03-05', '2024-06-01T09:00:00.000Z']);
  });

  it('records the stance of the hop at the source, and the one most relays take', () => {
    const result = amplificationOf(
      TASS,
      [
        claim(SOUTHFRONT, [hop(TASS, 'distancing')]),
        claim(SOUTHFRONT, [hop(TASS, 'distancing', 'quote')]),
        claim(SOUTHFRONT, [hop(TASS, 'neutral')]),
        claim(SOUTHFRONT, [hop(TASS, null)]),
        claim(SPUTNIK, [hop(TASS, 'endorsing')]),
        claim(SPUTNIK, [hop(TASS, 'neutral')]),
        claim('Daily Ledger', [hop(TASS, null)]),
      ],
      new Map(),
    );
    const byName = new Map(result.relayers.map((r) => [r.name, r]));
    expect(byName.get('SouthFront')).toMatchObject({
      stances: { neutral: 1, distancing: 2, endorsing: 0, unrecorded: 1 },
      typicalStance: 'distancing',
      hopKinds: ['quote', 'citing'],
    });
    expect(byName.get('Sputnik')!.typicalStance).toBe('mixed');
    expect(byName.get('Daily Ledger')!.typicalStance).toBeNull();
  });

  it('marks the first appearance of each relayed claim, across claims linked as appearances of one another', () => {
    const early = claim(SPUTNIK, [hop(TASS)], { publishedAt: '2024-03-01', start: 5, end: 40 });
    const late = claim(SOUTHFRONT, [hop(TASS)], {
      publishedAt: '2024-03-09',
      appearances: [{ documentId: early.documentId, documentTitle: early.documentTitle, publishedAt: '2024-03-01', start: 10, end: 30 }],
    });
    const other = claim(SOUTHFRONT, [hop(TASS)], { publishedAt: '2024-03-03' });
    const result = amplificationOf(TASS, [late, early, other], new Map());
    const byClaim = new Map(result.relayers.flatMap((r) => r.claims).map((c) => [c.claimId, c]));
    expect(byClaim.get(early.claimId)).toMatchObject({
      first: true,
      firstAppearance: { documentId: early.documentId, claimId: early.claimId },
    });
    expect(byClaim.get(late.claimId)).toMatchObject({ first: false, firstAppearance: { documentId: early.documentId } });
    expect(byClaim.get(other.claimId)!.first).toBe(true);
    expect(result.relayers.map((r) => [r.name, r.firstAppearances])).toEqual([
      ['SouthFront', 1],
      ['Sputnik', 1],
    ]);
  });
});
