import type { Suggestion } from '../../core/detection/index.js';
import type { Claim } from '../../core/domain.js';
import { foldName } from '../../core/text/fold-name.js';

type Placed = Pick<Claim, 'start' | 'end' | 'hops'> & { start: number; end: number };

/**
 * The live claims of a document, ready to answer whether one of them already stands for a
 * suggestion: it is attributed to the same first source and covers at least half of the
 * suggested words. Half rather than all, so that a claim the reviewer trimmed or widened a little
 * still counts, while a different statement by the same source in the next sentence does not.
 * Claims are kept sorted by start so each question looks only at claims that can overlap.
 */
export interface ClaimCoverage {
  covers(suggestion: Pick<Suggestion, 'source' | 'sourceId' | 'claim'>): boolean;
  add(claim: Pick<Claim, 'start' | 'end' | 'hops'>): void;
}

export function claimCoverage(claims: readonly Pick<Claim, 'start' | 'end' | 'hops'>[]): ClaimCoverage {
  const placed: Placed[] = [];
  let longest = 0;

  const add = (claim: Pick<Claim, 'start' | 'end' | 'hops'>) => {
    if (claim.start === null || claim.end === null || claim.hops.length === 0) return;
    const entry = { ...claim, start: claim.start, end: claim.end };
    placed.splice(firstStartingAtOrAfter(placed, entry.start), 0, entry);
    longest = Math.max(longest, entry.end - entry.start);
  };
  claims.forEach(add);

  return {
    add,
    covers: (suggestion) => {
      const { start, end } = suggestion.claim;
      for (let i = firstStartingAtOrAfter(placed, start - longest); i < placed.length && placed[i]!.start < end; i++) {
        const claim = placed[i]!;
        const overlap = Math.min(end, claim.end) - Math.max(start, claim.start);
        if (overlap <= 0 || overlap * 2 < end - start) continue;
        const first = claim.hops[0]!;
        const same = suggestion.sourceId
          ? first.sourceId === suggestion.sourceId
          : foldName(first.sourceName) === foldName(suggestion.source);
        if (same) return true;
      }
      return false;
    },
  };
}

function firstStartingAtOrAfter(placed: readonly Placed[], offset: number): number {
  let low = 0;
  let high = placed.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (placed[middle]!.start < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}
