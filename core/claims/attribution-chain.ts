// Rules about a claim's attribution chain that every reader of claims shares: when a chain needs a
// second look, how it reads in the history, and when two chains are the same.
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

/** A chain as a person reads it in the history: "AFP → NLF spokesman Naji Mustafa"; null when empty. */
export function describeChain(hops: readonly Pick<AttributionHop, 'sourceName'>[]): string | null {
  return hops.length === 0 ? null : hops.map((hop) => hop.sourceName).join(' → ');
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
