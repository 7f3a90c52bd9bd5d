// Counting claims by status and by verdict for the dashboard and a source's trace. Every rating of
// the current scale is present (zero or not), archived ratings only when some claim still has
// them, and `unrated` last, so charts keep their shape.
import type { VerdictBreakdown, VerdictCounts } from '../api/review.js';
import { CLAIM_STATUSES, type ClaimStatus, type Rating } from '../domain.js';

/** The key a claim's verdict is counted under: its rating's key, or `unrated`. */
export const UNRATED = 'unrated';

export function emptyStatusCounts(): Record<ClaimStatus, number> {
  return Object.fromEntries(CLAIM_STATUSES.map((status) => [status, 0])) as Record<ClaimStatus, number>;
}

export function emptyVerdictCounts(ratings: readonly Pick<Rating, 'key' | 'archived'>[]): VerdictCounts {
  const counts: VerdictCounts = {};
  for (const rating of ratings) if (!rating.archived) counts[rating.key] = 0;
  counts[UNRATED] = 0;
  return counts;
}

export function tallyVerdict(counts: VerdictCounts, key: string, n: number): void {
  counts[key] = (counts[key] ?? 0) + n;
}

export function verdictBreakdown(ratings: readonly Pick<Rating, 'key' | 'archived'>[], total: number): VerdictBreakdown {
  return { total, byVerdict: emptyVerdictCounts(ratings) };
}

/** Maps a claim's rating ID to the key its verdict is counted under. */
export function verdictKeys(ratings: readonly Pick<Rating, 'id' | 'key'>[]): (ratingId: string | null) => string {
  const keyOf = new Map(ratings.map((rating) => [rating.id, rating.key]));
  return (ratingId) => (ratingId && keyOf.get(ratingId)) || UNRATED;
}
