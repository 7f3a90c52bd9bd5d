// What each new version of a document did to the claims in it, recorded when the version was
// imported: the only moment both the old and the new place of every claim are known.
import type Database from 'better-sqlite3';

import type { ClaimRevision, RevisedClaim, RevisionKind } from '../../core/documents/revisions.js';
import { statement } from '../statement-cache.js';

/** A revision as recorded: which claim, which version, and the two wordings. */
export type NewClaimRevision = Omit<ClaimRevision, 'importedAt'>;

export function recordClaimRevision(db: Database.Database, revision: NewClaimRevision): void {
  statement(
    db,
    `INSERT INTO claim_revisions (claim_id, document_id, version, kind, old_quote, old_start, old_end, new_quote, new_start, new_end)
     VALUES (@claimId, @documentId, @version, @kind, @oldQuote, @oldStart, @oldEnd, @newQuote, @newStart, @newEnd)`,
  ).run(revision);
}

const REVISED_SELECT = `
  SELECT r.claim_id AS claimId, r.document_id AS documentId, r.version, v.imported_at AS importedAt, r.kind,
         r.old_quote AS oldQuote, r.old_start AS oldStart, r.old_end AS oldEnd,
         r.new_quote AS newQuote, r.new_start AS newStart, r.new_end AS newEnd,
         d.title AS documentTitle, c.statement
  FROM claim_revisions r
  JOIN document_versions v ON v.document_id = r.document_id AND v.number = r.version
  JOIN claims c ON c.id = r.claim_id
  JOIN documents d ON d.id = r.document_id
  WHERE c.deleted_at IS NULL AND d.deleted_at IS NULL`;

/** The live claims one document's versions after `from` up to `to` changed, oldest version first, in reading order. */
export function revisionsBetween(db: Database.Database, documentId: string, from: number, to: number): RevisedClaim[] {
  return statement(
    db,
    `${REVISED_SELECT} AND r.document_id = ? AND r.version > ? AND r.version <= ?
     ORDER BY r.version, r.old_start, r.claim_id`,
  ).all(documentId, from, to) as RevisedClaim[];
}

export interface RevisedClaimFilter {
  documentId?: string;
  claimId?: string;
  kinds?: readonly RevisionKind[];
  limit: number;
  offset: number;
}

/**
 * Claims whose passage a later version of their document changed, across the workbench or narrowed
 * to a document, a claim or some kinds of change: the newest changes first.
 */
export function listRevisedClaims(db: Database.Database, filter: RevisedClaimFilter): RevisedClaim[] {
  return statement(
    db,
    `${REVISED_SELECT}
       AND (@documentId IS NULL OR r.document_id = @documentId)
       AND (@claimId IS NULL OR r.claim_id = @claimId)
       AND (@kinds IS NULL OR r.kind IN (SELECT value FROM json_each(@kinds)))
     ORDER BY v.imported_at DESC, r.document_id, r.version DESC, r.old_start
     LIMIT @limit OFFSET @offset`,
  ).all({
    documentId: filter.documentId ?? null,
    claimId: filter.claimId ?? null,
    kinds: filter.kinds ? JSON.stringify(filter.kinds) : null,
    limit: filter.limit,
    offset: filter.offset,
  }) as RevisedClaim[];
}

/** Every recorded revision of the given claims, oldest version first, for reports. */
export function revisionsByClaim(db: Database.Database, claimIds: readonly string[]): Map<string, ClaimRevision[]> {
  const byClaim = new Map<string, ClaimRevision[]>();
  if (claimIds.length === 0) return byClaim;
  const rows = statement(
    db,
    `SELECT r.claim_id AS claimId, r.document_id AS documentId, r.version, v.imported_at AS importedAt, r.kind,
            r.old_quote AS oldQuote, r.old_start AS oldStart, r.old_end AS oldEnd,
            r.new_quote AS newQuote, r.new_start AS newStart, r.new_end AS newEnd
     FROM claim_revisions r JOIN document_versions v ON v.document_id = r.document_id AND v.number = r.version
     WHERE r.claim_id IN (SELECT value FROM json_each(?))
     ORDER BY r.claim_id, r.version`,
  ).all(JSON.stringify(claimIds)) as ClaimRevision[];
  for (const row of rows) byClaim.set(row.claimId, [...(byClaim.get(row.claimId) ?? []), row]);
  return byClaim;
}
