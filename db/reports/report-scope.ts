import type Database from 'better-sqlite3';

import type { ClaimFilter, ExportScope } from '../../core/api/exports.js';
import { ApiError } from '../../core/api/result.js';
import type { ReportScope } from '../../core/reports/model.js';
import { describeClaimFilter } from '../../core/reports/scope-label.js';
import { claimFilterWhere } from '../queries/review-queue.js';
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
const FROM = 'FROM claims c JOIN documents d ON d.id = c.document_id';
const SELECTED = 'c.id IN (SELECT value FROM json_each(?))';

interface ClaimRow {
  id: string;
  documentId: string;
}

export function resolveScope(db: Database.Database, scope: ExportScope, workbenchName: string): ResolvedScope {
  const narrowing = describeClaimFilter(scope.filter, filterNames(db, scope.filter));
  const narrowed = (label: string) => (narrowing ? `${label} · ${narrowing}` : label);
  if (scope.kind === 'document') {
    const { title, claimIds } = documentScope(db, scope.documentId, scope.filter);
    return { kind: 'document', label: narrowed(title), claimIds, documentIds: [scope.documentId], defaultTitle: title };
  }
  if (scope.kind === 'selection') {
    const rows = selectedClaims(db, scope.claimIds, scope.filter);
    const count = rows.length === 1 ? '1 selected claim' : `${rows.length} selected claims`;
    return {
      kind: 'selection',
      label: narrowed(count),
      claimIds: rows.map((row) => row.id),
      documentIds: documentsOf(rows),
      defaultTitle: `Verification report: ${count}`,
    };
  }
  const rows = matchingClaims(db, scope.filter, null);
  const name = workbenchName.trim() || 'Workbench';
  return {
    kind: 'workbench',
    label: narrowed(name),
    claimIds: rows.map((row) => row.id),
    documentIds: documentsOf(rows),
    defaultTitle: name,
  };
}

function documentScope(db: Database.Database, documentId: string, filter: ClaimFilter | undefined): { title: string; claimIds: string[] } {
  const document = statement(db, 'SELECT title, deleted_at AS deletedAt FROM documents WHERE id = ?').get(documentId) as
    { title: string; deletedAt: string | null } | undefined;
  if (!document || document.deletedAt) throw new ApiError('not_found', `There is no document with the ID ${documentId}.`);
  const claimIds = matchingClaims(db, { ...filter, documentId }, null).map((row) => row.id);
  return { title: document.title.trim() || 'Untitled document', claimIds };
}

function selectedClaims(db: Database.Database, requested: readonly string[], filter: ClaimFilter | undefined): ClaimRow[] {
  const rows = matchingClaims(db, filter ?? {}, requested);
  // Narrowed to nothing is an empty report; none of them left at all is a selection gone stale.
  if (rows.length === 0 && (filter === undefined || matchingClaims(db, {}, requested).length === 0)) {
    throw new ApiError('not_found', 'None of the selected claims is in the workbench any more (deleted or in the bin).');
  }
  return rows;
}

/** Live claims matching the filter (and among `among`, when given), in report order. */
function matchingClaims(
  db: Database.Database,
  filter: (ClaimFilter & { documentId?: string }) | undefined,
  among: readonly string[] | null,
): ClaimRow[] {
  const where = claimFilterWhere(db, filter ?? {});
  if (where === null) return [];
  const conditions = among ? `${where.sql} AND ${SELECTED}` : where.sql;
  const params = among ? [...where.params, JSON.stringify(among)] : where.params;
  return statement(
    db,
    `SELECT c.id, c.document_id AS documentId ${FROM} WHERE ${conditions} ORDER BY ${DOCUMENT_ORDER}, ${TEXT_ORDER}`,
  ).all(...params) as ClaimRow[];
}

function documentsOf(rows: readonly ClaimRow[]): string[] {
  return [...new Set(rows.map((row) => row.documentId))];
}

/** The names a filter's description needs: the verdict labels and the source it names. */
function filterNames(db: Database.Database, filter: ClaimFilter | undefined) {
  if (!filter) return { ratings: new Map<string, string>() };
  const ratings = new Map(
    (statement(db, 'SELECT id, label FROM ratings').all() as { id: string; label: string }[]).map((row) => [row.id, row.label]),
  );
  const source = filter.sourceId
    ? ((statement(db, 'SELECT name FROM sources WHERE id = ?').get(filter.sourceId) as { name: string } | undefined)?.name ?? null)
    : null;
  return { ratings, source };
}
