import { describe, expect, it } from 'vitest';

import type { AttributionHop, CueStance } from '../../../../core/domain.js';
import { claimsWithStance, stanceAtSource, stanceCounts } from '../../../../renderer/tracing/trace-stance.js';

const hop = (sourceId: string, stance: CueStance | null): AttributionHop => ({
  id: `${sourceId}-${stance}`,
  ordinal: 0,
  sourceId,
  sourceName: sourceId,
  sourceKind: 'state_media',
  kind: 'citing',
  cue: null,
  stance,
});

// What SouthFront carried from TASS, and how.
const claims = [
  { id: 'alleged', hops: [hop('southfront', 'neutral'), hop('tass', 'distancing')] },
  { id: 'said', hops: [hop('tass', 'neutral')] },
  { id: 'confirmed', hops: [hop('tass', 'endorsing'), hop('ministry', 'neutral')] },
  { id: 'unrecorded', hops: [hop('tass', null)] },
  // TASS's own article, whose chain does not name TASS.
  { id: 'own', hops: [hop('ministry', 'distancing')] },
  // TASS twice: the hop nearest the reporter says how the document presents it.
  { id: 'twice', hops: [hop('tass', 'distancing'), hop('sputnik', 'neutral'), hop('tass', 'neutral')] },
];

describe('the stance filter of a trace', () => {
  it('reads the stance of the hop at the traced source, nearest the reporter, and nothing when the chain does not name it', () => {
    expect(claims.map((claim) => stanceAtSource(claim, 'tass'))).toEqual(['distancing', 'neutral', 'endorsing', null, null, 'distancing']);
  });

  it('keeps the claims the source carried with that stance, and all of them for "all"', () => {
    expect(claimsWithStance(claims, 'tass', 'distancing').map((claim) => claim.id)).toEqual(['alleged', 'twice']);
    expect(claimsWithStance(claims, 'tass', 'endorsing').map((claim) => claim.id)).toEqual(['confirmed']);
    expect(claimsWithStance(claims, 'tass', 'all')).toHaveLength(claims.length);
  });

  it('counts what each choice keeps', () => {
    expect(stanceCounts(claims, 'tass')).toEqual({ all: 6, neutral: 1, distancing: 2, endorsing: 1 });
  });
});
