import type Database from 'better-sqlite3';
import type { z } from 'zod';

import type { documentPatchSchema } from '../../core/api/documents.js';
import { ApiError } from '../../core/api/result.js';
import { checkBoundaries } from '../../core/documents/article-bounds.js';
import { summaryOf } from '../../core/documents/document-summary.js';
import type { DocumentDetail, DocumentSummary, MetadataProvenance, ProvenanceField } from '../../core/domain.js';
import { FIELD_LABELS, isProvenanceField, withConfirmed, withReviewerValues } from '../../core/metadata/provenance.js';
import { recordHistory } from '../history.js';
import { now } from '../ids.js';
import { outletSourceId } from '../import/outlet-source.js';
import { statement } from '../statement-cache.js';
import { writeTransaction } from '../write-transaction.js';
import { getDocument } from './document-detail.js';

export type DocumentPatch = z.infer<typeof documentPatchSchema>;

// Patch fields and the columns they live in; only these names ever reach the SQL text.
const COLUMNS: Record<keyof DocumentPatch, string> = {
  title: 'title',
  outlet: 'outlet',
  author: 'author',
  url: 'url',
  publishedAt: 'published_at',
  language: 'language',
  direction: 'direction',
  articleStart: 'article_start',
  commentsStart: 'comments_start',
};

/** Applies a reviewer's corrections to a document's metadata, recording each change in history. */
export function updateDocument(db: Database.Database, id: string, patch: DocumentPatch): DocumentDetail {
  return writeTransaction(db, () => {
    const before = getDocument(db, id);
    checkBoundaries(before, patch);
    const at = now();
    const typed: Partial<Record<ProvenanceField, string | null>> = {};
    for (const key of Object.keys(patch) as (keyof DocumentPatch)[]) {
      const value = patch[key] === '' && key !== 'title' ? null : patch[key];
      if (value === undefined || value === before[key]) continue;
      statement(db, `UPDATE documents SET ${COLUMNS[key]} = ?, updated_at = ? WHERE id = ?`).run(value, at, id);
      // The outlet a person names is linked to the registry as an imported one is.
      if (key === 'outlet')
        statement(db, 'UPDATE documents SET outlet_source_id = ? WHERE id = ?').run(outletSourceId(db, value as string | null), id);
      recordHistory(db, { entity: 'document', entityId: id, action: 'update', field: key, oldValue: before[key], newValue: value });
      if (isProvenanceField(key)) typed[key] = value as string | null;
    }
    // A value a person typed is theirs; one they emptied no longer has a source.
    if (Object.keys(typed).length > 0) writeProvenance(db, id, withReviewerValues(before.provenance, typed), at);
    return getDocument(db, id);
  });
}

/**
 * Refuses a batch that names a document which is not there, or is in the bin, before anything in
 * it is changed. The ids travel as one JSON parameter, so a batch of thousands is one statement.
 */
export function requireLiveDocuments(db: Database.Database, ids: readonly string[]): void {
  const found = statement(
    db,
    'SELECT count(*) AS n FROM documents WHERE id IN (SELECT value FROM json_each(?)) AND deleted_at IS NULL',
  ).get(JSON.stringify(ids)) as { n: number };
  const missing = new Set(ids).size - found.n;
  if (missing === 0) return;
  throw new ApiError(
    'not_found',
    missing === 1
      ? 'One of the documents is no longer in the workbench (it was deleted or never existed); nothing was changed.'
      : `${missing} of the documents are no longer in the workbench (deleted or never there); nothing was changed.`,
  );
}

/**
 * A person looked at a detected value (a date guessed from the body, a title from the file name)
 * and keeps it: it stops being shown as a guess, and where it came from stays on record.
 */
export function confirmDocumentField(db: Database.Database, id: string, field: ProvenanceField): DocumentDetail {
  return writeTransaction(db, () => {
    const before = getDocument(db, id);
    if (before[field] === null)
      throw new ApiError('invalid_arguments', `The document has no ${FIELD_LABELS[field].toLowerCase()} to confirm.`);
    if (before.provenance[field]?.confirmed) return before;
    const at = now();
    writeProvenance(db, id, withConfirmed(before.provenance, field), at);
    recordHistory(db, { entity: 'document', entityId: id, action: 'confirm', field, newValue: before[field] });
    return getDocument(db, id);
  });
}

function writeProvenance(db: Database.Database, id: string, provenance: MetadataProvenance, at: string): void {
  statement(db, 'UPDATE documents SET provenance = ?, updated_at = ? WHERE id = ?').run(JSON.stringify(provenance), at, id);
}

/** Moves a document to the bin. Its claims stay with it, so restoring brings everything back. */
export function deleteDocument(db: Database.Database, id: string): { id: string; title: string } {
  return writeTransaction(db, () => {
    const document = getDocument(db, id);
    statement(db, 'UPDATE documents SET deleted_at = ?, updated_at = ? WHERE id = ?').run(now(), now(), id);
    recordHistory(db, { entity: 'document', entityId: id, action: 'delete', oldValue: document.title });
    return { id, title: document.title };
  });
}

export function restoreDocument(db: Database.Database, id: string): DocumentSummary {
  return writeTransaction(db, () => {
    const document = getDocument(db, id, { includeDeleted: true });
    statement(db, 'UPDATE documents SET deleted_at = NULL, updated_at = ? WHERE id = ?').run(now(), id);
    recordHistory(db, { entity: 'document', entityId: id, action: 'restore', newValue: document.title });
    return summaryOf(getDocument(db, id));
  });
}
