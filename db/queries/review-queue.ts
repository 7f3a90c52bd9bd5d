import type Database from 'better-sqlite3';

import type { Args } from '../../core/api/index.js';
import type { ChainFilter, ReviewQueueItem, ReviewQueueSort } from '../../core/api/review.js';
import { matchesOriginFilter, originCounts } from '../../core/review/origins.js';
import { ftsQuery } from '../../core/text/fold-search.js';
import { statement } from '../statement-cache.js';
import { claimsInContext, LIVE_CLAIM_SQL } from './claims.js';
import { originsByClaim } from './origins.js';
import { assigneeSpellings } from './reviewers.js';
import type { StoredFlags } from './stored-row.js';

export type ReviewQueueFilter = Args<'review.queue'>;

/**
 * What narrows a list of claims, as the queue and exports share it: the queue's filters, and
 * `rated` (any verdict) for exports. Exports read the same SQL, so "the claims the queue shows"
 * and "the claims the export holds" can never drift apart.
 */
export type ClaimFilterFields = Partial<
  Pick<
    ReviewQueueFilter,
    | 'status'
    | 'ratingIds'
    | 'sourceId'
    | 'documentId'
    | 'tag'
    | 'reviewer'
    | 'unassigned'
    | 'origin'
    | 'revised'
    | 'chain'
    | 'orphaned'
    | 'query'
  >
> & { rated?: boolean };

/** What the queue shows of a claim's verdict. */
type QueueRating = NonNullable<ReviewQueueItem['rating']>;

/** Who last changed a claim: the actor of its newest history line. */
export const LAST_ACTOR_SQL = `(SELECT h.actor FROM history h WHERE h.claim_id = c.id ORDER BY h.at DESC, h.rowid DESC LIMIT 1)`;

// Each filter is a fixed piece of SQL with bound values; only these pieces ever reach the SQL text.
const STATUS_SQL = 'c.status IN (SELECT value FROM json_each(?))';
const RATING_SQL = 'c.rating_id IN (SELECT value FROM json_each(?))';
const UNRATED_SQL = 'c.rating_id IS NULL';
const RATED_SQL = 'c.rating_id IS NOT NULL';
const DOCUMENT_SQL = 'c.document_id = ?';
const TAG_SQL = 'c.id IN (SELECT ct.claim_id FROM claim_tags ct JOIN tags t ON t.id = ct.tag_id WHERE t.name = ?)';
const ASSIGNEE_SQL = 'c.assignee IN (SELECT value FROM json_each(?))';
const UNASSIGNED_SQL = 'c.assignee IS NULL';
export const REVISED_SQL = 'EXISTS (SELECT 1 FROM claim_revisions r WHERE r.claim_id = c.id)';
export const ORPHANED_SQL = 'c.orphaned = 1';
// A chain with no hops names nobody; one whose last hop (as merged) is unnamed ends in an unnamed source.
export const UNKNOWN_CHAIN_SQL = 'NOT EXISTS (SELECT 1 FROM attribution_hops h WHERE h.claim_id = c.id)';
export const UNNAMED_CHAIN_SQL = `(
  SELECT coalesce(t.kind, s.kind) FROM attribution_hops h
  JOIN sources s ON s.id = h.source_id LEFT JOIN sources t ON t.id = s.merged_into
  WHERE h.claim_id = c.id ORDER BY h.ordinal DESC LIMIT 1
) = 'unnamed'`;
const CHAIN_SQL: Record<ChainFilter, string> = {
  unnamed: UNNAMED_CHAIN_SQL,
  unknown: UNKNOWN_CHAIN_SQL,
  flagged: `(${UNNAMED_CHAIN_SQL} OR ${UNKNOWN_CHAIN_SQL})`,
};
const CLAIM_IDS_SQL = 'c.id IN (SELECT value FROM json_each(?))';
const QUERY_SQL = 'c.seq IN (SELECT rowid FROM claims_fts WHERE claims_fts MATCH ?)';
// A source together with every source merged into it, however the merges were made.
const SOURCE_SQL = `c.id IN (
  SELECT h.claim_id FROM attribution_hops h
  WHERE h.source_id IN (
    WITH RECURSIVE family(id) AS (SELECT ? UNION SELECT s.id FROM sources s JOIN family f ON s.merged_into = f.id)
    SELECT id FROM family
  )
)`;

const ORDER: Record<ReviewQueueSort, string> = {
  document: 'd.published_at IS NULL, d.published_at DESC, d.seq, c.orphaned, c.start_offset, c.end_offset, c.seq',
  updated: 'c.updated_at DESC, c.seq DESC',
  checkworthiness: 'c.checkworthiness IS NULL, c.checkworthiness DESC, c.updated_at DESC, c.seq DESC',
};

/**
 * The SQL condition (over claims `c` joined to documents `d`) for live claims matching the
 * filter, with its bound values; null when the filter can match nothing.
 */
export function claimFilterWhere(db: Database.Database, filter: ClaimFilterFields): { sql: string; params: unknown[] } | null {
  const parts: string[] = [LIVE_CLAIM_SQL];
  const params: unknown[] = [];
  if (filter.rated) parts.push(RATED_SQL);
  if (filter.status !== undefined) {
    if (filter.status.length === 0) return null;
    parts.push(STATUS_SQL);
    params.push(JSON.stringify(filter.status));
  }
  if (filter.ratingIds !== undefined) {
    if (filter.ratingIds.length === 0) return null;
    const ids = filter.ratingIds.filter((id) => id !== 'none');
    const unrated = ids.length < filter.ratingIds.length;
    const pieces = [...(ids.length > 0 ? [RATING_SQL] : []), ...(unrated ? [UNRATED_SQL] : [])];
    parts.push(`(${pieces.join(' OR ')})`);
    if (ids.length > 0) params.push(JSON.stringify(ids));
  }
  if (filter.sourceId !== undefined) {
    parts.push(SOURCE_SQL);
    params.push(filter.sourceId);
  }
  if (filter.documentId !== undefined) {
    parts.push(DOCUMENT_SQL);
    params.push(filter.documentId);
  }
  if (filter.tag !== undefined) {
    parts.push(TAG_SQL);
    params.push(filter.tag);
  }
  if (filter.reviewer !== undefined) {
    const spellings = assigneeSpellings(db, filter.reviewer);
    if (spellings.length === 0) return null;
    parts.push(ASSIGNEE_SQL);
    params.push(JSON.stringify(spellings));
  }
  if (filter.unassigned) parts.push(UNASSIGNED_SQL);
  if (filter.revised) parts.push(REVISED_SQL);
  if (filter.orphaned) parts.push(ORPHANED_SQL);
  if (filter.chain !== undefined) parts.push(CHAIN_SQL[filter.chain]);
  if (filter.origin !== undefined) {
    // Origins come from every chain of every linked document, worked out in code, not in SQL.
    const origin = filter.origin;
    const ids = [...originsByClaim(db)].filter(([, origins]) => matchesOriginFilter(origins.flag, origin)).map(([claimId]) => claimId);
    if (ids.length === 0) return null;
    parts.push(CLAIM_IDS_SQL);
    params.push(JSON.stringify(ids));
  }
  const match = filter.query ? ftsQuery(filter.query) : null;
  if (match) {
    parts.push(QUERY_SQL);
    params.push(match);
  }
  return { sql: parts.map((part) => `(${part})`).join(' AND '), params };
}

/**
 * A page of live claims across the workbench for reviewing, with the total that match. An empty
 * list for a filter (no statuses, no ratings) matches nothing, as a cleared checkbox group would.
 */
export function reviewQueue(db: Database.Database, filter: ReviewQueueFilter): { items: ReviewQueueItem[]; total: number } {
  const where = claimFilterWhere(db, filter);
  if (where === null) return { items: [], total: 0 };
  const from = 'FROM claims c JOIN documents d ON d.id = c.document_id';
  const { total } = statement(db, `SELECT count(*) AS total ${from} WHERE ${where.sql}`).get(...where.params) as { total: number };
  const rows = statement(
    db,
    `SELECT c.id, ${LAST_ACTOR_SQL} AS lastActor,
            (SELECT count(*) FROM evidence e WHERE e.claim_id = c.id) AS evidenceCount, ${REVISED_SQL} AS revised
     ${from} WHERE ${where.sql} ORDER BY ${ORDER[filter.sort]} LIMIT ? OFFSET ?`,
  ).all(...where.params, filter.limit, filter.offset) as { id: string; lastActor: string | null; evidenceCount: number; revised: 0 | 1 }[];
  const extra = new Map(rows.map((row) => [row.id, row]));
  const ratings = new Map(
    (statement(db, 'SELECT id, key, label, color, archived FROM ratings').all() as StoredFlags<QueueRating, 'archived'>[]).map((row) => [
      row.id,
      toQueueRating(row),
    ]),
  );
  const ids = rows.map((row) => row.id);
  const origins = originsByClaim(db, ids);
  const items = claimsInContext(db, ids).map((claim): ReviewQueueItem => ({
    ...claim,
    rating: claim.ratingId ? (ratings.get(claim.ratingId) ?? null) : null,
    lastActor: extra.get(claim.id)?.lastActor ?? null,
    evidenceCount: extra.get(claim.id)?.evidenceCount ?? 0,
    origins: originCounts(origins.get(claim.id)!),
    revised: extra.get(claim.id)?.revised === 1,
  }));
  return { items, total };
}

function toQueueRating(row: StoredFlags<QueueRating, 'archived'>): QueueRating {
  return { ...row, archived: row.archived === 1 };
}
