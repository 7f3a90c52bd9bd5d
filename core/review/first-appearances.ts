// Where each claim was published first. A statement a dozen outlets relay is often marked as a
// separate claim in each of their articles, and linked as an appearance of another claim
// elsewhere; all of those are one statement, and its first appearance is the earliest published
// document that carries any of them.
import { groupClaims } from './appearance-groups.js';
import { comparePublished } from './appearances.js';

/** A passage of a document that carries a claim: the claim's own span, or a linked appearance. */
export interface CarryingPassage {
  documentId: string;
  documentTitle: string;
  publishedAt: string | null;
  start: number;
  end: number;
}

export interface CarriedClaim {
  claimId: string;
  documentId: string;
  documentTitle: string;
  publishedAt: string | null;
  /** Where the claim sits in its document; null for an orphan, which no longer shows where it was. */
  start: number | null;
  end: number | null;
  /** The same claim linked in other documents. */
  appearances: readonly CarryingPassage[];
}

export interface FirstAppearance {
  documentId: string;
  documentTitle: string;
  publishedAt: string;
  start: number;
  end: number;
  /** The claim of this list made in that document, when there is one (else a linked appearance). */
  claimId: string | null;
  /** Another document carrying the statement is dated the same: which came first is not known. */
  tied: boolean;
}

export interface ClaimFirstAppearance {
  /** The earliest dated document carrying the statement; null when no document carrying it is dated. */
  firstAppearance: FirstAppearance | null;
  /** The claim's own document is that first appearance, or dated the same as it. */
  first: boolean;
}

/**
 * For each claim, the first appearance of the statement it is one copy of. Claims are the same
 * statement when one is linked as an appearance over the other's span, directly or through others.
 * Undated documents cannot be placed in time, so they are never first; the imported date says when
 * a desk saw a document, not when it was published.
 */
export function firstAppearances(claims: readonly CarriedClaim[]): Map<string, ClaimFirstAppearance> {
  const groups = sameStatementGroups(claims);
  const result = new Map<string, ClaimFirstAppearance>();
  for (const group of groups) {
    const first = earliestOf(group);
    for (const claim of group) {
      const own = claim.start !== null && first !== null && claim.publishedAt === first.publishedAt;
      result.set(claim.claimId, { firstAppearance: first, first: own });
    }
  }
  return result;
}

/** Claims grouped by statement, as the origins of a claim group them (see groupClaims). */
function sameStatementGroups(claims: readonly CarriedClaim[]): CarriedClaim[][] {
  const groups = groupClaims(
    claims.map((claim) => ({ id: claim.claimId, documentId: claim.documentId, start: claim.start, end: claim.end })),
    claims.flatMap((claim) =>
      claim.appearances.map((passage) => ({
        claimId: claim.claimId,
        documentId: passage.documentId,
        start: passage.start,
        end: passage.end,
      })),
    ),
  );
  return [...groupBy(claims, (claim) => groups.get(claim.claimId)!.id).values()];
}

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

/** The earliest dated passage of a group; among passages dated alike, a claim's own before a linked one, then by title. */
function earliestOf(group: readonly CarriedClaim[]): FirstAppearance | null {
  const passages: (CarryingPassage & { claimId: string | null })[] = [];
  for (const claim of group) {
    if (claim.start !== null && claim.end !== null) {
      const { claimId, documentId, documentTitle, publishedAt, start, end } = claim;
      passages.push({ claimId, documentId, documentTitle, publishedAt, start, end });
    }
    for (const appearance of claim.appearances) passages.push({ ...appearance, claimId: null });
  }
  const dated = passages.filter((passage) => passage.publishedAt !== null);
  if (dated.length === 0) return null;
  dated.sort(
    (a, b) =>
      comparePublished(a.publishedAt, b.publishedAt) ||
      Number(a.claimId === null) - Number(b.claimId === null) ||
      a.documentTitle.localeCompare(b.documentTitle) ||
      a.documentId.localeCompare(b.documentId),
  );
  const first = dated[0]!;
  const sameDay = new Set(dated.filter((passage) => passage.publishedAt === first.publishedAt).map((passage) => passage.documentId));
  return {
    documentId: first.documentId,
    documentTitle: first.documentTitle,
    publishedAt: first.publishedAt!,
    start: first.start,
    end: first.end,
    claimId: first.claimId,
    tied: sameDay.size > 1,
  };
}
