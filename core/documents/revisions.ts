// A document's versions and what each new version did to the claims in it: the words a claim
// quotes may have been reworded, taken out or moved elsewhere in the article when a newer copy of
// the article was imported over the old one. Editors need to see which claims were quietly changed
// after publication, and reports say so beside the claim.
import type { DiffSegment } from '../text/text-diff.js';

export const REVISION_KINDS = ['changed', 'vanished', 'moved'] as const;
/**
 * changed: the passage is found again, but its words differ; vanished: it cannot be found (the
 * claim became an orphan); moved: the same words, but elsewhere than where the edits around them
 * would have carried them (a sentence taken to another paragraph).
 */
export type RevisionKind = (typeof REVISION_KINDS)[number];

export interface DocumentVersion {
  /** 1 for the text first imported, then 2, 3, … for each newer copy imported over it. */
  number: number;
  importedAt: string;
  sourceFile: string | null;
  sourceFormat: string | null;
  /** Characters in this version's text, counted as a document's length is (Unicode code points). */
  length: number;
  contentHash: string;
  /** The version the document shows now: the newest. */
  current: boolean;
  /** Live claims whose passage this version changed, took out or moved (all 0 for version 1). */
  changed: number;
  vanished: number;
  moved: number;
}

/** What one version did to one claim's passage; offsets are UTF-16, in the previous and in this version. */
export interface ClaimRevision {
  claimId: string;
  documentId: string;
  /** The version that brought the change. */
  version: number;
  /** When that version was imported into the workbench. */
  importedAt: string;
  kind: RevisionKind;
  oldQuote: string;
  oldStart: number;
  oldEnd: number;
  /** Null when the passage vanished. */
  newQuote: string | null;
  newStart: number | null;
  newEnd: number | null;
}

/** A claim revision with what names the claim and its document in a list. */
export interface RevisedClaim extends ClaimRevision {
  documentTitle: string;
  /** The claim's statement as the reviewer wrote it; empty when none was written. */
  statement: string;
}

/** Two versions of a document compared: their differences, and the claims that changed between them. */
export interface DocumentRevision {
  documentId: string;
  from: DocumentVersion;
  to: DocumentVersion;
  /** Segments that rebuild both texts, in the order they read; see core/text/text-diff.ts. */
  segments: DiffSegment[];
  /** The changes of the versions after `from` up to `to`, oldest version first, in reading order. */
  changes: RevisedClaim[];
}
