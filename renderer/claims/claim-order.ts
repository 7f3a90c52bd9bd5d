// Moving from claim to claim in reading order, as the J/K keys and the header buttons do.
import type { Claim } from '../../core/domain.js';

type Placed = Pick<Claim, 'id' | 'start' | 'end' | 'orphaned'>;

/** Claims with a place in the text, in reading order (outer before inner when they start together). */
export function readingOrder<C extends Placed>(claims: readonly C[]): C[] {
  return claims
    .filter((claim) => !claim.orphaned && claim.start !== null && claim.end !== null)
    .sort((a, b) => a.start! - b.start! || b.end! - a.end! || a.id.localeCompare(b.id));
}

/**
 * The claim after (or before) the current one; from nothing, the first (or last). Stops at the ends
 * rather than wrapping, so holding the key does not loop the document unnoticed.
 */
export function stepClaim(claims: readonly Placed[], currentId: string | null, direction: 1 | -1): string | null {
  const ordered = readingOrder(claims);
  if (ordered.length === 0) return null;
  const index = currentId === null ? -1 : ordered.findIndex((claim) => claim.id === currentId);
  if (index === -1) return (direction === 1 ? ordered[0] : ordered.at(-1))!.id;
  const next = ordered[index + direction];
  return next ? next.id : ordered[index]!.id;
}
