// The people of a workbench, as far as it knows them: names claims are assigned to, the reviewer
// named in settings, and everyone who signed a line of the history.
import type Database from 'better-sqlite3';

import { foldReviewerName, knownReviewerNames } from '../../core/review/assignee.js';
import { statement } from '../statement-cache.js';
import { getSettings } from './settings.js';

function distinctAssignees(db: Database.Database): string[] {
  const rows = statement(db, 'SELECT DISTINCT assignee FROM claims WHERE assignee IS NOT NULL').all() as { assignee: string }[];
  return rows.map((row) => row.assignee);
}

/** Names for a reviewer picker, each person once, alphabetically; the settings spelling wins. */
export function listReviewers(db: Database.Database): string[] {
  const actors = (statement(db, 'SELECT DISTINCT actor FROM history').all() as { actor: string }[]).map((row) => row.actor);
  return knownReviewerNames([getSettings(db).reviewerName], distinctAssignees(db), actors);
}

/**
 * Every spelling of a reviewer's name that claims are assigned under. Folding happens here rather
 * than in SQL because NOCASE folds ASCII only; the distinct names are few and come off an index.
 */
export function assigneeSpellings(db: Database.Database, reviewer: string): string[] {
  const wanted = foldReviewerName(reviewer);
  return distinctAssignees(db).filter((name) => foldReviewerName(name) === wanted);
}
