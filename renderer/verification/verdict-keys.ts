// Number keys choose a verdict: 1 is the first rating of the scale as it is currently ordered, and
// 0 takes the verdict away. Archived ratings are off the scale, so they get no key.
import type { Rating } from '../../core/domain.js';

/** The ratings a reviewer can give now, in the order the scale shows them. */
export function assignableRatings(ratings: readonly Rating[]): Rating[] {
  return ratings.filter((rating) => !rating.archived).sort((a, b) => a.ordinal - b.ordinal);
}

export type VerdictKeyChoice = { kind: 'rating'; rating: Rating } | { kind: 'none' } | null;

/** What pressing `key` means for the verdict, or null when the key is not a verdict key. */
export function verdictForKey(ratings: readonly Rating[], key: string): VerdictKeyChoice {
  if (!/^[0-9]$/.test(key)) return null;
  if (key === '0') return { kind: 'none' };
  const rating = assignableRatings(ratings)[Number(key) - 1];
  return rating ? { kind: 'rating', rating } : null;
}

/** The key shown beside a rating, or null when it is beyond the ninth. */
export function keyForRating(ratings: readonly Rating[], ratingId: string): string | null {
  const index = assignableRatings(ratings).findIndex((rating) => rating.id === ratingId);
  return index >= 0 && index < 9 ? String(index + 1) : null;
}
