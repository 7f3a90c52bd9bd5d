// Who relays TASS in a small newsroom, worked out by the same code the host runs: SouthFront three
// times (once as an allegation), Sputnik once but first, and an outlet the registry lacks, undated.
import type { CueStance, SourceKind } from '../../../../core/domain.js';
import { type Amplification, amplificationOf, type RelayClaimInput } from '../../../../core/review/amplification.js';

const TASS = { id: 'tass', name: 'TASS', kind: 'state_media' as SourceKind };
const SOUTHFRONT = { id: 'southfront', name: 'SouthFront', kind: 'website' as SourceKind };
const SPUTNIK = { id: 'sputnik', name: 'Sputnik', kind: 'state_media' as SourceKind };

function relayed(
  id: string,
  outlet: typeof TASS | string,
  publishedAt: string | null,
  stance: CueStance = 'neutral',
  kind: 'citing' | 'quote' = 'citing',
): RelayClaimInput {
  return {
    claimId: id,
    quote: `Statement ${id}`,
    documentId: `doc-${id}`,
    documentTitle: `Article ${id}`,
    outletSource: typeof outlet === 'string' ? null : outlet,
    outletName: typeof outlet === 'string' ? outlet : outlet.name,
    publishedAt,
    importedAt: '2024-06-01T09:00:00.000Z',
    start: 0,
    end: 12,
    hops: [{ sourceId: TASS.id, sourceName: TASS.name, sourceKind: TASS.kind, kind, stance }],
    appearances: [],
  };
}

export function tassRelays(): Amplification {
  return amplificationOf(
    TASS,
    [
      relayed('a', SOUTHFRONT, '2024-03-04'),
      relayed('b', SOUTHFRONT, '2024-03-08', 'distancing', 'quote'),
      relayed('c', SOUTHFRONT, '2024-03-10', 'distancing'),
      relayed('d', SPUTNIK, '2024-03-01'),
      relayed('e', 'Harbour Ledger', null),
    ],
    new Map(),
  );
}
