import { z } from 'zod';

import type { WorkbenchInfo } from '../domain.js';
import { defineMethod, type NamespaceMethods } from './define.js';

/** One snapshot of the workbench in its backup folder. */
export interface BackupEntry {
  /** The snapshot's file name inside the backup folder. */
  file: string;
  /** When it was taken, ISO-8601 in UTC (second precision, as its name records it). */
  at: string;
  bytes: number;
}

export interface BackupList {
  /** The folder beside the workbench that holds its snapshots. */
  folder: string;
  /** Newest first. */
  backups: BackupEntry[];
  /** Why the last attempt failed, until a later one succeeds. */
  lastError: string | null;
}

export const workbenchMethods = {
  'workbench.info': defineMethod<WorkbenchInfo>()(z.object({}).strict(), 'Name, path, schema version and counts of the open workbench.'),
  'workbench.backups': defineMethod<BackupList>()(
    z.object({}).strict(),
    'The backup folder, its snapshots (newest first) and why the last backup failed, if it did.',
  ),
  'workbench.backupNow': defineMethod<BackupEntry>()(
    z.object({}).strict(),
    'Writes a snapshot of the workbench into its backup folder now; returns it.',
  ),
} satisfies NamespaceMethods<'workbench'>;
