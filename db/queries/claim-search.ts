import type Database from 'better-sqlite3';

import type { ClaimInContext } from '../../core/domain.js';
import { ftsQuery } from '../../core/text/fold-search.js';
import { statement } from '../statement-cache.js';
import { claimsInContext, LIVE_CLAIM_SQL } from './claims.js';

/**
 * Ranked full-text search over live claims: quote, statement, claimant, rationale and notes, with
 * what the reviewer wrote (statement, claimant) weighing more than the quoted words.
 */
export function searchClaims(db: Database.Database, query: string, limit: number): ClaimInContext[] {
  const match = ftsQuery(query);
  if (!match) return [];
  const rows = statement(
    db,
    `SELECT c.id FROM claims_fts
     JOIN claims c ON c.seq = claims_fts.rowid
     JOIN documents d ON d.id = c.document_id
     WHERE claims_fts MATCH ? AND ${LIVE_CLAIM_SQL}
     ORDER BY bm25(claims_fts, 1.0, 2.0, 2.0, 1.0, 1.0), c.seq
     LIMIT ?`,
  ).all(match, limit) as { id: string }[];
  return claimsInContext(
    db,
    rows.map((row) => row.id),
  );
}
