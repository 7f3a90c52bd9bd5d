// Narrowing a source's trace by how the claims' cues present the source: "the claims TASS carried
// only as allegations" are those whose hop at TASS is distancing. The trace already holds every
// chain, so the filter runs here, with no second request.
import { type ClaimInContext, CUE_STANCES, type CueStance } from '../../core/domain.js';

export type TraceStanceFilter = 'all' | CueStance;

export const TRACE_STANCE_FILTERS: readonly TraceStanceFilter[] = ['all', ...CUE_STANCES];

/**
 * The stance of the claim's hop at the source, nearest the reporter when the chain names it more
 * than once; null when the chain does not name it (the source only published the document) or no
 * stance was recorded.
 */
export function stanceAtSource(claim: Pick<ClaimInContext, 'hops'>, sourceId: string): CueStance | null {
  return claim.hops.find((hop) => hop.sourceId === sourceId)?.stance ?? null;
}

export function claimsWithStance<T extends Pick<ClaimInContext, 'hops'>>(
  claims: readonly T[],
  sourceId: string,
  filter: TraceStanceFilter,
): T[] {
  return filter === 'all' ? [...claims] : claims.filter((claim) => stanceAtSource(claim, sourceId) === filter);
}

/** How many claims each choice of the filter keeps. */
export function stanceCounts(claims: readonly Pick<ClaimInContext, 'hops'>[], sourceId: string): Record<TraceStanceFilter, number> {
  const counts: Record<TraceStanceFilter, number> = { all: claims.length, neutral: 0, distancing: 0, endorsing: 0 };
  for (const claim of claims) {
    const stance = stanceAtSource(claim, sourceId);
    if (stance) counts[stance] += 1;
  }
  return counts;
}
