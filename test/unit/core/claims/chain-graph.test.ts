import { describe, expect, it } from 'vitest';

import { graphOf } from '../../../../core/claims/chain-graph.js';
import type { AttributionHop, ClaimInContext, CueStance } from '../../../../core/domain.js';

function claimVia(id: string, stances: (CueStance | null)[]): ClaimInContext {
  const hops: AttributionHop[] = stances.map((stance, ordinal) => ({
    id: `${id}-${ordinal}`,
    ordinal,
    sourceId: ordinal === 0 ? 'sputnik' : 'tass',
    sourceName: ordinal === 0 ? 'Sputnik' : 'TASS',
    sourceKind: 'state_media',
    kind: 'citing',
    cue: null,
    stance,
  }));
  return { id, documentId: 'doc', documentOutlet: 'Harbour Ledger', documentTitle: 'Ledger', hops } as ClaimInContext;
}

describe('graphOf', () => {
  it('counts on each edge the cues at its target that distanced or endorsed, and leaves neutral ones out', () => {
    const graph = graphOf([
      claimVia('a', ['neutral', 'distancing']),
      claimVia('b', ['neutral', 'distancing']),
      claimVia('c', [null, 'endorsing']),
      claimVia('d', ['neutral', 'neutral']),
    ]);
    expect(graph.edges).toEqual([
      { from: 'doc', to: 'sputnik', kind: 'citing', count: 4 },
      { from: 'sputnik', to: 'tass', kind: 'citing', count: 4, stances: { distancing: 2, endorsing: 1 } },
    ]);
  });
});
