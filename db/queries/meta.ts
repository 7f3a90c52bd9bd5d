import type Database from 'better-sqlite3';

import type { WorkbenchInfo } from '../../core/domain.js';
import { statement } from '../statement-cache.js';

/** The workbench's own identity, which never changes after it is created. */
export type WorkbenchMeta = Pick<WorkbenchInfo, 'id' | 'createdAt'>;

export function getMeta(db: Database.Database): WorkbenchMeta {
  const row = statement(db, 'SELECT workbench_id AS id, created_at AS createdAt FROM meta WHERE singleton = 1').get() as
    WorkbenchMeta | undefined;
  if (!row) throw new Error('The workbench has no identity record.');
  return row;
}
