import type Database from 'better-sqlite3';

import type { ExportScope } from '../../core/api/exports.js';
import { ApiError } from '../../core/api/result.js';
import type { ReportScope } from '../../core/reports/model.js';
import { statement } from '../statement-cache.js';

/** What an export covers, resolved against the workbench: live rows only. */
export interface ResolvedScope extends ReportScope {
  /** Live claims in document order (publication date, then import order) and text order. */
  claimIds: string[];
  /** Live documents the claims come from, in report order; a document scope has its document even without claims. */
  documentIds: string[];
  /** A title for the report when the caller gives none. */
  defaultTitle: string;
}

// Reports read as a timeline: the earliest article first, undated ones after the dated ones.
const DOCUMENT_ORDER = 'd.published_at IS NULL, d.published_at, d.seq';
const TEXT_ORDER = 'c.orphaned, c.start_offset, c.end_offset, c.seq';
const LIVE = 'c.deleted_at IS NULL AND d.deleted_at IS NULL';

export function resolveScope(db: Database.Database, scope: ExportScope, workbenchName: string): ResolvedScope {
  if (scope.kind === 'document') return documentScope(db, scope.documentId);
  if (scope.kind === 'selection') return selectionScope(db, scope.claimIds);
  const rows = statement(
    db,
    `SELECT c.id, c.document_id AS documentId FROM claims c JOIN documents d ON d.id = c.document_id
     WHERE ${LIVE} ORDER BY ${DOCUMENT_ORDER}, ${TEXT_ORDER}`,
  ).all() as { id: string; documentId: string }[];
  const documentIds = [...new Set(rows.map((row) => row.documentId))];
  const name = workbenchName.trim() || 'Workbench';
  return {
    kind: 'workbench',
    label: name,
    claimIds: rows.map((row) => row.id),
    documentIds,
    defaultTitle: name,
  };
}

function documentScope(db: Database.Database, documentId: string): ResolvedScope {
  const document = statement(db, 'SELECT title, deleted_at AS deletedAt FROM documents WHERE id = ?').get(documentId) as
    { title: string; deletedAt: string | null } | undefined;
  if (!document || document.deletedAt) throw new ApiError('not_found', `There is no document with the ID ${documentId}.`);
  const claimIds = (
    statement(
      db,
      `SELECT c.id FROM claims c JOIN documents d ON d.id = c.document_id
       WHERE c.document_id = ? AND ${LIVE} ORDER BY ${TEXT_ORDER}`,
    ).all(documentId) as { id: string }[]
  ).map((row) => row.id);
  const title = document.title.trim() || 'Untitled document';
  return { kind: 'document', label: title, claimIds, documentIds: [documentId], defaultTitle: title };
}

function selectionScope(db: Database.Database, requested: string[]): ResolvedScope {
  const rows = statement(
    db,
    `SELECT c.id, c.document_id AS documentId FROM claims c JOIN documents d ON d.id = c.document_id
     WHERE c.id IN (SELECT value FROM json_each(?)) AND ${LIVE}
     ORDER BY ${DOCUMENT_ORDER}, ${TEXT_ORDER}`,
  ).all(JSON.stringify(requested)) as { id: string; documentId: string }[];
  if (rows.length === 0) {
    throw new ApiError('not_found', 'None of the selected claims is in the workbench any more (deleted or in the bin).');
  }
  const documentIds = [...new Set(rows.map((row) => row.documentId))];
  const count = rows.length === 1 ? '1 selected claim' : `${rows.length} selected claims`;
  return {
    kind: 'selection',
    label: count,
    claimIds: rows.map((row) => row.id),
    documentIds,
    defaultTitle: `Verification report: ${count}`,
  };
}
