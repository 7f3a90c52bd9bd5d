// How a claim is coloured in the reader: by its verdict when it has one (the rating's own colour),
// otherwise by where it is in the workflow. The legend in the reader header uses the same words.
import type { Claim, ClaimStatus, Rating } from '../../core/domain.js';
import { STATUS_LABELS } from '../../core/vocabulary/status-labels.js';

export { CHECKWORTHINESS_LABELS, CLAIM_KIND_LABELS as KIND_LABELS } from '../../core/vocabulary/claim-kinds.js';

export type ClaimTone =
  { by: 'verdict'; color: string; label: string; ratingId: string } | { by: 'status'; status: ClaimStatus; label: string };

export function claimTone(claim: Pick<Claim, 'status' | 'ratingId'>, ratings: ReadonlyMap<string, Rating>): ClaimTone {
  const rating = claim.ratingId ? ratings.get(claim.ratingId) : undefined;
  if (rating) return { by: 'verdict', color: rating.color, label: rating.label, ratingId: rating.id };
  return { by: 'status', status: claim.status, label: STATUS_LABELS[claim.status] };
}

/** The verdicts given in this document, in scale order, for the legend. */
export function verdictsInUse(claims: readonly Pick<Claim, 'ratingId'>[], ratings: readonly Rating[]): Rating[] {
  const used = new Set(claims.map((claim) => claim.ratingId).filter((id): id is string => id !== null));
  return ratings.filter((rating) => used.has(rating.id));
}

/** A claim's words, shortened for a menu or a list row. */
export function shortQuote(quote: string, max = 72): string {
  const flat = quote.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}
