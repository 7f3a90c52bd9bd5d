// Rules about a claim's attribution chain that every reader of claims shares: when a chain needs a
// second look, and when two chains are the same. (How a chain reads in the history is in
// core/review/history-snapshots.ts.)
import type { AttributionHop, ChainFlag } from '../domain.js';

/**
 * A chain needs a second look when nobody is named at its origin: no hops at all (unknown), or a
 * last hop on an unnamed source ("Arab sources").
 */
export function chainFlagOf(hops: readonly AttributionHop[]): ChainFlag {
  const last = hops.at(-1);
  if (!last) return 'unknown';
  return last.sourceKind === 'unnamed' ? 'unnamed' : null;
}

/** Whether two chains name the same sources in the same ways at the same places. */
export function sameChain(before: readonly AttributionHop[], after: readonly AttributionHop[]): boolean {
  return (
    before.length === after.length &&
    before.every((hop, index) => {
      const other = after[index]!;
      return (
        hop.sourceId === other.sourceId &&
        hop.kind === other.kind &&
        hop.stance === other.stance &&
        hop.cue?.start === other.cue?.start &&
        hop.cue?.end === other.cue?.end
      );
    })
  );
}
