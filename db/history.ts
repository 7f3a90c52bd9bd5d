import type Database from 'better-sqlite3';

import { UNNAMED_ACTOR } from '../core/review/assignee.js';
import { newId, now } from './ids.js';
import { getSettings } from './queries/settings.js';
import { authenticatedReviewer } from './reviewer-context.js';
import { statement } from './statement-cache.js';

export interface HistoryEntry {
  entity: 'document' | 'claim' | 'hop' | 'evidence' | 'source' | 'rating';
  entityId: string;
  claimId?: string | null;
  action: string;
  field?: string | null;
  oldValue?: unknown;
  newValue?: unknown;
}

/** Who makes the change: the reviewer the host signed in, else the one named in settings. */
export function currentActor(db: Database.Database): string {
  // A reviewer the host signed in is who they are; the shared settings name cannot say otherwise.
  return authenticatedReviewer() ?? (getSettings(db).reviewerName || UNNAMED_ACTOR);
}

/** Appends to the audit trail. Call inside the transaction that makes the change it describes. */
export function recordHistory(db: Database.Database, entry: HistoryEntry, actor = currentActor(db)): void {
  statement(
    db,
    `INSERT INTO history (id, at, actor, entity, entity_id, claim_id, action, field, old_value, new_value)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    newId(),
    now(),
    actor,
    entry.entity,
    entry.entityId,
    entry.claimId ?? null,
    entry.action,
    entry.field ?? null,
    serialise(entry.oldValue),
    serialise(entry.newValue),
  );
}

function serialise(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  return typeof value === 'string' ? value : JSON.stringify(value);
}
