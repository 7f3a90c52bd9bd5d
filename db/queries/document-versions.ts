// A document's versions: version 1 is written by a trigger when the document is inserted (see
// migration 007), and each re-import adds the next. The newest version's words are the document's
// own text; an older one keeps the text it had.
import type Database from 'better-sqlite3';

import { ApiError } from '../../core/api/result.js';
import type { DocumentVersion } from '../../core/documents/revisions.js';
import { statement } from '../statement-cache.js';
import type { NewText } from './document-reimport.js';
import type { StoredFlags } from './stored-row.js';

type VersionRow = StoredFlags<DocumentVersion, 'current'>;

// Only live claims count: a claim in the bin is not what an editor is looking for.
const VERSIONS_SQL = `
  SELECT v.number, v.imported_at AS importedAt, v.source_file AS sourceFile, v.source_format AS sourceFormat, v.length,
         v.content_hash AS contentHash, v.text IS NULL AS current,
         coalesce(sum(r.kind = 'changed'), 0) AS changed,
         coalesce(sum(r.kind = 'vanished'), 0) AS vanished,
         coalesce(sum(r.kind = 'moved'), 0) AS moved
  FROM document_versions v
  LEFT JOIN claim_revisions r ON r.document_id = v.document_id AND r.version = v.number
    AND EXISTS (SELECT 1 FROM claims c WHERE c.id = r.claim_id AND c.deleted_at IS NULL)
  WHERE v.document_id = ?
  GROUP BY v.id
  ORDER BY v.number`;

/** Every version of a document, oldest first, with what each did to its live claims. */
export function listVersions(db: Database.Database, documentId: string): DocumentVersion[] {
  const rows = statement(db, VERSIONS_SQL).all(documentId) as VersionRow[];
  return rows.map((row) => ({ ...row, current: row.current === 1 }));
}

/** The number of the document's newest version. */
export function currentVersion(db: Database.Database, documentId: string): number {
  const row = statement(db, 'SELECT max(number) AS number FROM document_versions WHERE document_id = ?').get(documentId) as {
    number: number | null;
  };
  return row.number ?? 1;
}

/** The words of one version: its own stored text, or the document's text for the newest. */
export function versionText(db: Database.Database, documentId: string, number: number): string {
  const row = statement(
    db,
    `SELECT coalesce(v.text, d.text) AS text FROM document_versions v JOIN documents d ON d.id = v.document_id
     WHERE v.document_id = ? AND v.number = ?`,
  ).get(documentId, number) as { text: string } | undefined;
  if (!row) throw new ApiError('not_found', `This document has no version ${number}.`);
  return row.text;
}

/**
 * Keeps the text being replaced with its version and adds the next version for the new text, whose
 * words will be the document's own. Call inside the transaction that replaces the text; answers
 * the new version's number.
 */
export function addVersion(db: Database.Database, documentId: string, oldText: string, next: NewText, importedAt: string): number {
  const newest = statement(db, 'SELECT max(number) AS number FROM document_versions WHERE document_id = ?').get(documentId) as {
    number: number | null;
  };
  // The trigger of migration 007 gives every document its version 1; a row written around it (by
  // hand, by a tool) gets the version it should have had, rather than a refused re-import.
  if (newest.number === null) {
    statement(
      db,
      `INSERT INTO document_versions (document_id, number, content_hash, length, source_file, source_format, imported_at)
       SELECT id, 1, content_hash, length(text), source_file, source_format, created_at FROM documents WHERE id = ?`,
    ).run(documentId);
  }
  const current = newest.number ?? 1;
  statement(db, 'UPDATE document_versions SET text = ? WHERE document_id = ? AND number = ?').run(oldText, documentId, current);
  const number = current + 1;
  statement(
    db,
    `INSERT INTO document_versions (document_id, number, content_hash, length, source_file, source_format, imported_at, text)
     VALUES (?, ?, ?, length(?), ?, ?, ?, NULL)`,
  ).run(documentId, number, next.contentHash, next.text, next.sourceFile || null, next.sourceFormat || null, importedAt);
  return number;
}
