import type Database from 'better-sqlite3';
import type { z } from 'zod';

import type { documentSortSchema } from '../../core/api/documents.js';
import type { Args } from '../../core/api/index.js';
import type { DocumentSummary } from '../../core/domain.js';
import { wellFormedProvenance } from '../../core/metadata/provenance.js';
import { statement } from '../statement-cache.js';
import type { StoredJson } from './stored-row.js';

export type DocumentSort = z.infer<typeof documentSortSchema>;

export type ListDocumentsOptions = Args<'documents.list'>;

// Only these fixed expressions ever reach ORDER BY; the caller's choice just picks one.
const SORT_EXPRESSIONS: Record<DocumentSort, string> = {
  title: 'd.title COLLATE NOCASE',
  outlet: 'd.outlet COLLATE NOCASE',
  publishedAt: 'd.published_at',
  createdAt: 'd.created_at',
  progress: 'progress',
};

// Dates are stored YYYY-MM-DD (or longer ISO forms), so text comparison orders them correctly.
const BASE_FILTER_SQL = `d.deleted_at IS NULL
  AND (@outlet IS NULL OR d.outlet = @outlet COLLATE NOCASE)
  AND (@publishedFrom IS NULL OR d.published_at >= @publishedFrom)
  AND (@publishedTo IS NULL OR substr(d.published_at, 1, 10) <= @publishedTo)`;

const PROGRESS_FILTER_SQL = `(@progress IS NULL
  OR (@progress = 'no_claims' AND coalesce(c.claim_count, 0) = 0)
  OR (@progress = 'open' AND c.claim_count > 0 AND c.done_count < c.claim_count)
  OR (@progress = 'done' AND c.claim_count > 0 AND c.done_count = c.claim_count))`;

const COUNTS_CTE = `WITH counts AS (
  SELECT document_id, count(*) AS claim_count, sum(status = 'done') AS done_count
  FROM claims WHERE deleted_at IS NULL GROUP BY document_id
)`;

const SUMMARY_COLUMNS = `d.id, d.title, d.outlet, d.author, d.published_at AS publishedAt, d.language, d.direction,
  d.text_length AS length, d.created_at AS createdAt, d.updated_at AS updatedAt, d.provenance`;

/** A summary as SUMMARY_COLUMNS and the counts read it: provenance still the stored JSON. */
type DocumentRow = StoredJson<DocumentSummary, 'provenance'>;

/**
 * Documents not in the bin, one page at a time, with how many of their claims exist and how many
 * are done. Missing outlets and dates sort last whichever way the list runs.
 */
export function listDocuments(db: Database.Database, options: ListDocumentsOptions): { items: DocumentSummary[]; total: number } {
  const direction = options.descending ? 'DESC' : 'ASC';
  const filter = {
    outlet: options.outlet ?? null,
    publishedFrom: options.publishedFrom ?? null,
    publishedTo: options.publishedTo ?? null,
    progress: options.progress ?? null,
  };
  const byProgress = options.sort === 'progress' || filter.progress !== null;
  const order = `ORDER BY ${SORT_EXPRESSIONS[options.sort]} ${direction} NULLS LAST, d.seq ${direction} LIMIT @limit OFFSET @offset`;
  // Sorting or filtering by progress needs every document's counts; otherwise only the page's rows
  // are counted, through the claims-by-document index, which keeps a 10,000-document library fast.
  const items = byProgress
    ? (statement(
        db,
        `${COUNTS_CTE}
         SELECT ${SUMMARY_COLUMNS}, coalesce(c.claim_count, 0) AS claimCount, coalesce(c.done_count, 0) AS doneCount,
                CASE WHEN coalesce(c.claim_count, 0) = 0 THEN 0.0 ELSE c.done_count * 1.0 / c.claim_count END AS progress
         FROM documents d LEFT JOIN counts c ON c.document_id = d.id
         WHERE ${BASE_FILTER_SQL} AND ${PROGRESS_FILTER_SQL} ${order}`,
      ).all({ ...filter, limit: options.limit, offset: options.offset }) as (DocumentRow & { progress?: number })[])
    : (statement(
        db,
        `SELECT ${SUMMARY_COLUMNS},
                (SELECT count(*) FROM claims c WHERE c.document_id = d.id AND c.deleted_at IS NULL) AS claimCount,
                (SELECT count(*) FROM claims c WHERE c.document_id = d.id AND c.status = 'done' AND c.deleted_at IS NULL) AS doneCount
         FROM documents d WHERE ${BASE_FILTER_SQL} ${order}`,
      ).all({ ...filter, limit: options.limit, offset: options.offset }) as DocumentRow[]);
  const { total } = (
    filter.progress !== null
      ? statement(
          db,
          `${COUNTS_CTE} SELECT count(*) AS total FROM documents d LEFT JOIN counts c ON c.document_id = d.id
           WHERE ${BASE_FILTER_SQL} AND ${PROGRESS_FILTER_SQL}`,
        ).get(filter)
      : statement(db, `SELECT count(*) AS total FROM documents d WHERE ${BASE_FILTER_SQL}`).get({
          outlet: filter.outlet,
          publishedFrom: filter.publishedFrom,
          publishedTo: filter.publishedTo,
        })
  ) as { total: number };
  return { items: items.map(toDocumentSummary), total };
}

function toDocumentSummary({ progress: _progress, provenance, ...summary }: DocumentRow & { progress?: number }): DocumentSummary {
  return { ...summary, provenance: wellFormedProvenance(provenance) };
}
