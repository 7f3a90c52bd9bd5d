import type Database from 'better-sqlite3';

import type { ReviewDashboard, ReviewerWorkload } from '../../core/api/review.js';
import type { ClaimStatus } from '../../core/domain.js';
import { type AssigneeStatusCount, reviewerWorkloads } from '../../core/review/reviewer-workload.js';
import { emptyStatusCounts, emptyVerdictCounts, tallyVerdict, verdictBreakdown, verdictKeys } from '../../core/review/verdict-counts.js';
import { statement } from '../statement-cache.js';
import { LIVE_CLAIM_SQL } from './claims.js';
import { recentHistory } from './history-read.js';
import { originsByClaim } from './origins.js';
import { listRatings } from './ratings.js';
import { REVISED_SQL, UNKNOWN_CHAIN_SQL, UNNAMED_CHAIN_SQL } from './review-queue.js';

const RECENT_ACTIVITY = 20;
const LIVE_FROM = `FROM claims c JOIN documents d ON d.id = c.document_id WHERE ${LIVE_CLAIM_SQL}`;

// The source a hop names, or the source it was merged into: counts follow the merge, as the
// registry and the claim chains do.
const HOP_SOURCE = `
  SELECT DISTINCT h.claim_id AS claimId, coalesce(t.id, s.id) AS sourceId
  FROM attribution_hops h JOIN sources s ON s.id = h.source_id LEFT JOIN sources t ON t.id = s.merged_into`;

/** The state of the review across the workbench, for the dashboard. */
export function reviewDashboard(db: Database.Database, top: number): ReviewDashboard {
  const ratings = listRatings(db).map(({ claimCount: _count, ...rating }) => rating);
  const keyOf = verdictKeys(ratings);

  const byStatus = emptyStatusCounts();
  const statusRows = statement(db, `SELECT c.status, count(*) AS n ${LIVE_FROM} GROUP BY c.status`).all() as {
    status: ClaimStatus;
    n: number;
  }[];
  for (const row of statusRows) byStatus[row.status] = row.n;

  const byVerdict = emptyVerdictCounts(ratings);
  const verdictRows = statement(db, `SELECT c.rating_id AS ratingId, count(*) AS n ${LIVE_FROM} GROUP BY c.rating_id`).all() as {
    ratingId: string | null;
    n: number;
  }[];
  for (const row of verdictRows) tallyVerdict(byVerdict, keyOf(row.ratingId), row.n);

  const sourceRows = statement(
    db,
    `WITH live AS (SELECT c.id, c.rating_id ${LIVE_FROM}),
          carried AS (SELECT hs.sourceId, live.rating_id AS ratingId FROM (${HOP_SOURCE}) hs JOIN live ON live.id = hs.claimId),
          busiest AS (
            SELECT carried.sourceId, count(*) AS total FROM carried JOIN sources s ON s.id = carried.sourceId
            -- Sources nobody has confirmed yet (created from suggestions) stay out until they are.
            WHERE s.confirmed = 1
            GROUP BY carried.sourceId ORDER BY total DESC, s.name COLLATE NOCASE, s.id LIMIT ?
          )
     SELECT b.sourceId, s.name, s.kind, b.total, carried.ratingId, count(*) AS n
     FROM busiest b JOIN sources s ON s.id = b.sourceId JOIN carried ON carried.sourceId = b.sourceId
     GROUP BY b.sourceId, carried.ratingId
     ORDER BY b.total DESC, s.name COLLATE NOCASE, s.id`,
  ).all(top) as { sourceId: string; name: string; kind: string; total: number; ratingId: string | null; n: number }[];
  const bySource = new Map<string, ReviewDashboard['bySource'][number]>();
  for (const row of sourceRows) {
    const entry = bySource.get(row.sourceId) ?? {
      sourceId: row.sourceId,
      name: row.name,
      kind: row.kind,
      ...verdictBreakdown(ratings, row.total),
    };
    tallyVerdict(entry.byVerdict, keyOf(row.ratingId), row.n);
    bySource.set(row.sourceId, entry);
  }

  const documentRows = statement(
    db,
    `WITH live AS (SELECT c.document_id AS documentId, c.rating_id AS ratingId ${LIVE_FROM}),
          busiest AS (
            SELECT live.documentId, count(*) AS total FROM live JOIN documents d ON d.id = live.documentId
            GROUP BY live.documentId ORDER BY total DESC, d.title COLLATE NOCASE, d.seq LIMIT ?
          )
     SELECT b.documentId, d.title, d.outlet, b.total, live.ratingId, count(*) AS n
     FROM busiest b JOIN documents d ON d.id = b.documentId JOIN live ON live.documentId = b.documentId
     GROUP BY b.documentId, live.ratingId
     ORDER BY b.total DESC, d.title COLLATE NOCASE, d.seq`,
  ).all(top) as { documentId: string; title: string; outlet: string | null; total: number; ratingId: string | null; n: number }[];
  const byDocument = new Map<string, ReviewDashboard['byDocument'][number]>();
  for (const row of documentRows) {
    const entry = byDocument.get(row.documentId) ?? {
      documentId: row.documentId,
      title: row.title,
      outlet: row.outlet,
      ...verdictBreakdown(ratings, row.total),
    };
    tallyVerdict(entry.byVerdict, keyOf(row.ratingId), row.n);
    byDocument.set(row.documentId, entry);
  }

  const flags = statement(
    db,
    `SELECT count(*) AS total, coalesce(sum(c.orphaned), 0) AS orphans,
            coalesce(sum(${UNKNOWN_CHAIN_SQL}), 0) AS unknown,
            coalesce(sum(${UNNAMED_CHAIN_SQL}), 0) AS unnamed
     ${LIVE_FROM}`,
  ).get() as { total: number; orphans: number; unknown: number; unnamed: number };

  return {
    totalClaims: flags.total,
    byStatus,
    byVerdict,
    ratings,
    bySource: [...bySource.values()],
    byDocument: [...byDocument.values()],
    byReviewer: reviewerWorkload(db, top),
    orphanCount: flags.orphans,
    flaggedChains: { unnamed: flags.unnamed, unknown: flags.unknown },
    singleOrigin: singleOriginCounts(db),
    revisedCount: (
      statement(db, `SELECT count(*) AS n ${LIVE_FROM} AND ${REVISED_SQL}`).get() as {
        n: number;
      }
    ).n,
    recentActivity: recentHistory(db, RECENT_ACTIVITY),
  };
}

function singleOriginCounts(db: Database.Database): ReviewDashboard['singleOrigin'] {
  const flags = [...originsByClaim(db).values()].map((origins) => origins.flag);
  return {
    total: flags.filter((flag) => flag !== null).length,
    unnamed: flags.filter((flag) => flag === 'single-unnamed-origin').length,
  };
}

/** Claims per assigned reviewer and status, counted by the spelling each claim has. */
function reviewerWorkload(db: Database.Database, top: number): ReviewerWorkload[] {
  const counts = statement(
    db,
    `SELECT c.assignee, c.status, count(*) AS n ${LIVE_FROM} GROUP BY c.assignee, c.status`,
  ).all() as AssigneeStatusCount[];
  return reviewerWorkloads(counts, top);
}
