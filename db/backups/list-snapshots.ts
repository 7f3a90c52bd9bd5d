import fs from 'node:fs';
import path from 'node:path';

import type { BackupEntry } from '../../core/api/workbench.js';
import { newestFirst } from './retention.js';
import { parseSnapshotFileName } from './snapshot-names.js';

export interface SnapshotOnDisk extends BackupEntry {
  sequence: number;
}

/** The workbench's snapshots in `folder`, newest first; a missing folder simply has none. */
export function listSnapshots(folder: string, name: string): SnapshotOnDisk[] {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(folder, { withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const found: SnapshotOnDisk[] = [];
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const parsed = parseSnapshotFileName(name, entry.name);
    if (!parsed) continue;
    try {
      const { size } = fs.statSync(path.join(folder, entry.name));
      found.push({ file: entry.name, at: parsed.at, sequence: parsed.sequence, bytes: size });
    } catch {
      // Deleted between listing and looking at it (retention in another process): not there.
    }
  }
  return newestFirst(found);
}

/** What the API shows of a snapshot. */
export function toBackupEntry({ file, at, bytes }: SnapshotOnDisk): BackupEntry {
  return { file, at, bytes };
}
