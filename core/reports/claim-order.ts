// Every human-readable export lists claims in the same order with the same numbers, so "claim 7"
// in the PDF is claim 7 in the Markdown a colleague pasted into the CMS.
import type { ReportClaim, ReportDocument, ReportModel } from './model.js';

export interface NumberedClaim {
  number: number;
  claim: ReportClaim;
  document: ReportDocument | undefined;
}

export interface DocumentGroup {
  documentId: string;
  /** Undefined when the model lacks the document a claim points to. */
  document: ReportDocument | undefined;
  claims: NumberedClaim[];
}

/**
 * Claims grouped by document in the model's document order, each group in reading order with
 * orphans (no place in the text) last, numbered 1…n across the whole report.
 */
export function claimsByDocument(model: ReportModel): DocumentGroup[] {
  const documents = new Map(model.documents.map((d) => [d.id, d]));
  const rank = new Map(model.documents.map((d, i) => [d.id, i]));
  const groups = new Map<string, ReportClaim[]>();
  for (const claim of model.claims) {
    const list = groups.get(claim.documentId) ?? [];
    list.push(claim);
    groups.set(claim.documentId, list);
  }
  const documentIds = [...groups.keys()].sort(
    (a, b) => (rank.get(a) ?? Number.MAX_SAFE_INTEGER) - (rank.get(b) ?? Number.MAX_SAFE_INTEGER),
  );
  let number = 0;
  return documentIds.map((documentId) => {
    const document = documents.get(documentId);
    const claims = [...(groups.get(documentId) ?? [])].sort(readingOrder).map((claim) => {
      number += 1;
      return { number, claim, document };
    });
    return { documentId, document, claims };
  });
}

export function numberedClaims(model: ReportModel): NumberedClaim[] {
  return claimsByDocument(model).flatMap((group) => group.claims);
}

function readingOrder(a: ReportClaim, b: ReportClaim): number {
  const aStart = a.start ?? Number.MAX_SAFE_INTEGER;
  const bStart = b.start ?? Number.MAX_SAFE_INTEGER;
  if (aStart !== bStart) return aStart - bStart;
  return a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0;
}
