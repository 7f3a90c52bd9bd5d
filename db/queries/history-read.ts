import type Database from 'better-sqlite3';

import { ApiError } from '../../core/api/result.js';
import type { HistoryEvent } from '../../core/domain.js';
import { statement } from '../statement-cache.js';
import { claimState } from './claims.js';

const HISTORY_SELECT = `
  SELECT id, at, actor, entity, entity_id AS entityId, claim_id AS claimId, action, field,
         old_value AS oldValue, new_value AS newValue
  FROM history`;

// Several changes made in one action share a millisecond; the row number keeps them in the order
// they were written.
const NEWEST_FIRST = 'ORDER BY at DESC, rowid DESC';

/**
 * Everything recorded about a claim (its fields, chain, status, verdict, rationale, evidence and
 * appearances), newest first. It reads history alone, so it answers for binned claims too.
 */
export function claimHistory(db: Database.Database, claimId: string): HistoryEvent[] {
  return statement(db, `${HISTORY_SELECT} WHERE claim_id = ? ${NEWEST_FIRST}`).all(claimId) as HistoryEvent[];
}

/** A claim's history, or not_found when no claim ever had the ID (a binned claim still has its history). */
export function historyOfExistingClaim(db: Database.Database, claimId: string): HistoryEvent[] {
  const events = claimHistory(db, claimId);
  if (events.length === 0 && !claimState(db, claimId)) {
    throw new ApiError('not_found', `There is no claim with the ID ${claimId}.`);
  }
  return events;
}

/** The latest changes across the workbench, newest first. */
export function recentHistory(db: Database.Database, limit: number): HistoryEvent[] {
  return statement(db, `${HISTORY_SELECT} ${NEWEST_FIRST} LIMIT ?`).all(limit) as HistoryEvent[];
}
