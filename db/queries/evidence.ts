import type Database from 'better-sqlite3';

import { ApiError } from '../../core/api/result.js';
import type { BundleEvidence } from '../../core/bundle/format.js';
import type { Evidence, EvidenceFile } from '../../core/domain.js';
import { statement } from '../statement-cache.js';

/**
 * An evidence row exactly as stored: what the history keeps when evidence is removed. It is the
 * shape a bundle carries evidence in, so a removal merged from another workbench restores here.
 */
export type EvidenceSnapshot = BundleEvidence;

/** The stored file's details, joined in with a `file` prefix (fileName, fileSize, …). */
type JoinedFile = { [K in Exclude<keyof EvidenceFile, 'id'> as `file${Capitalize<K>}`]: EvidenceFile[K] | null };

export type EvidenceRow = EvidenceSnapshot & JoinedFile & { documentTitle: string | null };

const SNAPSHOT_COLUMNS = `e.id, e.claim_id AS claimId, e.kind, e.stance, e.url, e.title, e.accessed_at AS accessedAt, e.note,
  e.document_id AS documentId, e.quote, e.prefix, e.suffix, e.start_offset AS startOffset, e.end_offset AS endOffset,
  e.file_id AS fileId, e.created_at AS createdAt, e.updated_at AS updatedAt`;

export const EVIDENCE_SELECT = `
  SELECT ${SNAPSHOT_COLUMNS}, d.title AS documentTitle, f.name AS fileName, f.media_type AS fileMediaType,
         f.size AS fileSize, f.sha256 AS fileSha256
  FROM evidence e
  LEFT JOIN documents d ON d.id = e.document_id
  LEFT JOIN files f ON f.id = e.file_id`;

export function toEvidence(row: EvidenceRow): Evidence {
  return {
    id: row.id,
    claimId: row.claimId,
    kind: row.kind,
    stance: row.stance,
    url: row.url,
    title: row.title ?? '',
    accessedAt: row.accessedAt,
    note: row.note,
    passage:
      row.kind === 'passage'
        ? {
            // A passage outlives a document removed from the workbench for good; it keeps its words.
            documentId: row.documentId ?? '',
            documentTitle: row.documentTitle ?? '',
            quote: row.quote ?? '',
            start: row.startOffset,
            end: row.endOffset,
          }
        : null,
    file:
      row.kind === 'file' && row.fileId !== null
        ? {
            id: row.fileId,
            name: row.fileName ?? '',
            mediaType: row.fileMediaType ?? '',
            size: row.fileSize ?? 0,
            sha256: row.fileSha256 ?? '',
          }
        : null,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

/** The evidence of a claim, oldest first. */
export function listEvidence(db: Database.Database, claimId: string): Evidence[] {
  const rows = statement(db, `${EVIDENCE_SELECT} WHERE e.claim_id = ? ORDER BY e.created_at, e.rowid`).all(claimId) as EvidenceRow[];
  return rows.map(toEvidence);
}

/** One piece of evidence, whatever the state of its claim; not_found when there is none. */
export function getEvidence(db: Database.Database, id: string): Evidence {
  const row = statement(db, `${EVIDENCE_SELECT} WHERE e.id = ?`).get(id) as EvidenceRow | undefined;
  if (!row) throw new ApiError('not_found', `There is no evidence with the ID ${id}.`);
  return toEvidence(row);
}

export function evidenceSnapshot(db: Database.Database, id: string): EvidenceSnapshot | null {
  const row = statement(db, `SELECT ${SNAPSHOT_COLUMNS} FROM evidence e WHERE e.id = ?`).get(id) as EvidenceSnapshot | undefined;
  return row ?? null;
}

/** Puts a snapshot back as a row, under its own ID. Call inside the caller's transaction. */
export function insertEvidenceSnapshot(db: Database.Database, snapshot: EvidenceSnapshot): void {
  statement(
    db,
    `INSERT INTO evidence (id, claim_id, kind, stance, url, title, accessed_at, note, document_id, quote, prefix, suffix,
       start_offset, end_offset, file_id, created_at, updated_at)
     VALUES (@id, @claimId, @kind, @stance, @url, @title, @accessedAt, @note, @documentId, @quote, @prefix, @suffix,
       @startOffset, @endOffset, @fileId, @createdAt, @updatedAt)`,
  ).run(snapshot);
}
