// Whether a passage found in another document is already linked. The list of linked appearances is
// asked again after every change, from this window or another, while a search result is only as
// fresh as the search; so the linked list decides.
import type { AppearanceCandidate } from '../../../core/api/claim-results.js';
import type { ClaimAppearance } from '../../../core/domain.js';

type Span = Pick<ClaimAppearance, 'documentId' | 'start' | 'end'>;

/** The linked appearance covering (part of) the candidate's passage, or null. */
export function linkedAppearanceOf(candidate: Span, appearances: readonly ClaimAppearance[]): ClaimAppearance | null {
  return (
    appearances.find(
      (appearance) =>
        appearance.documentId === candidate.documentId && appearance.start < candidate.end && candidate.start < appearance.end,
    ) ?? null
  );
}

export interface CandidateRow {
  candidate: AppearanceCandidate;
  /** The ID of the linked appearance this passage is, or null when it is not linked. */
  appearanceId: string | null;
}

/**
 * Candidates in the order the search gave (best first), each with its link as the linked list has
 * it; before that list has loaded, the search's own answer stands.
 */
export function candidateRows(
  candidates: readonly AppearanceCandidate[],
  appearances: readonly ClaimAppearance[] | undefined,
): CandidateRow[] {
  return candidates.map((candidate) => ({
    candidate,
    appearanceId: appearances ? (linkedAppearanceOf(candidate, appearances)?.id ?? null) : candidate.appearanceId,
  }));
}
