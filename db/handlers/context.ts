import type Database from 'better-sqlite3';

import type { AppEvent } from '../../core/api/index.js';
import type { WorkbenchBackups } from '../backups/workbench-backups.js';
import type { Workbench } from '../workbench.js';

/** What every group of handlers works with: the open workbench and the way to announce changes. */
export interface HandlerContext {
  workbench: Workbench;
  db: Database.Database;
  emit: (event: AppEvent) => void;
  /** The workbench's snapshots; the same object the host's automatic backups use. */
  backups: WorkbenchBackups;
}
