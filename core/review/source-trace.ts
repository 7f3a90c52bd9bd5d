import type { ClaimInContext, Rating, Source, SourceTrace } from '../domain.js';
import { emptyStatusCounts, emptyVerdictCounts, verdictKeys } from './verdict-counts.js';

/**
 * Everything attributed to a source, summed up from its claims: how far their review has got,
 * what the verdicts were (every rating of the scale listed, so a chart keeps its shape at zero),
 * and which documents they come from, in the order the claims are listed.
 */
export function summariseTrace(
  source: Source,
  claims: ClaimInContext[],
  ratings: readonly Pick<Rating, 'id' | 'key' | 'archived'>[],
  credits: SourceTrace['credits'],
): SourceTrace {
  const byStatus = emptyStatusCounts();
  for (const claim of claims) byStatus[claim.status] += 1;

  const keyOf = verdictKeys(ratings);
  const byVerdict = emptyVerdictCounts(ratings);
  for (const claim of claims) {
    const key = keyOf(claim.ratingId);
    byVerdict[key] = (byVerdict[key] ?? 0) + 1;
  }

  const documents = new Map<string, SourceTrace['documents'][number]>();
  for (const claim of claims) {
    const entry = documents.get(claim.documentId) ?? {
      id: claim.documentId,
      title: claim.documentTitle,
      outlet: claim.documentOutlet,
      claimCount: 0,
    };
    entry.claimCount += 1;
    documents.set(claim.documentId, entry);
  }

  return { source, claims, byStatus, byVerdict, documents: [...documents.values()], credits };
}
