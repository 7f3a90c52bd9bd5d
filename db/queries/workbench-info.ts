import type Database from 'better-sqlite3';

import type { WorkbenchInfo } from '../../core/domain.js';
import { countWorkbench } from './counts.js';
import { getMeta } from './meta.js';

/** What the connection cannot know about itself: how the file was opened. */
export interface OpenedFile {
  name: string;
  path: string;
  schemaVersion: number;
  readonly: boolean;
}

export function getWorkbenchInfo(db: Database.Database, file: OpenedFile): WorkbenchInfo {
  const meta = getMeta(db);
  return {
    id: meta.id,
    name: file.name,
    path: file.path,
    schemaVersion: file.schemaVersion,
    createdAt: meta.createdAt,
    counts: countWorkbench(db),
    readOnly: file.readonly,
  };
}
