// The verdict scale as schema.org ClaimReview needs it: each rating's reviewRating value, and the
// best and worst values of the scale in use.

import type { Rating } from '../domain.js';

export interface ScaleBounds {
  /** The highest value among current ratings; null when no current rating has a value. */
  bestRating: number | null;
  worstRating: number | null;
}

/**
 * Bounds from the current ratings that sit on the scale: archived ratings no longer define it
 * and ratings without a value (unverifiable) are off it.
 */
export function scaleBounds(ratings: readonly Rating[]): ScaleBounds {
  const values = ratings.filter((r) => !r.archived && r.ratingValue !== null).map((r) => r.ratingValue!);
  if (values.length === 0) return { bestRating: null, worstRating: null };
  return { bestRating: Math.max(...values), worstRating: Math.min(...values) };
}
