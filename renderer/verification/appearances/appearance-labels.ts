// How a found or linked appearance is described: how close its wording is, and where the claim was
// first published.
import type { ClaimAppearance } from '../../../core/domain.js';
import { formatDate } from '../../format.js';

/**
 * "Exact" only for the very same words; anything reworded says how similar it is, rounded down so
 * a near match never reads as "100% similar".
 */
export function similarityLabel(score: number): string {
  if (score >= 1) return 'Exact';
  const percent = Math.min(99, Math.max(0, Math.floor(score * 100)));
  return `${percent}% similar`;
}

export function isExact(score: number): boolean {
  return score >= 1;
}

/** The publication date as the rest of the app writes it, or words saying there is none. */
export function publishedLabel(publishedAt: string | null): string {
  return publishedAt ? formatDate(publishedAt) : 'No publication date';
}

export type FirstAppearanceSummary =
  { kind: 'unknown'; text: string } | { kind: 'own' | 'other'; title: string; date: string; note: string | null };

/**
 * The first appearance in words. The API gives the claim's own document as an appearance whose id
 * is the claim's, which is how it is told apart from a linked one.
 */
export function firstAppearanceSummary(first: ClaimAppearance | null, claimId: string): FirstAppearanceSummary {
  if (!first || !first.publishedAt) {
    return { kind: 'unknown', text: 'First publication unknown: neither this claim’s document nor a linked appearance is dated.' };
  }
  const own = first.id === claimId;
  return {
    kind: own ? 'own' : 'other',
    title: first.documentTitle,
    date: formatDate(first.publishedAt),
    note: own ? 'the claim’s own document' : null,
  };
}
