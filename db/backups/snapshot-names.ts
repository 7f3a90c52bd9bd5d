import path from 'node:path';

import { WORKBENCH_EXTENSION } from '../file-format.js';
import { workbenchName } from '../workbench.js';

/** Appended to the workbench's name to make the folder its snapshots live in. */
export const BACKUP_FOLDER_SUFFIX = '.claimtrace-backups';

/** A snapshot still being written carries this after its final name, so it never lists as a backup. */
export const PARTIAL_SUFFIX = '.partial';

/** `<dir>/<name>.claimtrace-backups`, beside the workbench, so the two are found and moved together. */
export function backupFolderFor(workbenchPath: string): string {
  return path.join(path.dirname(workbenchPath), `${workbenchName(workbenchPath)}${BACKUP_FOLDER_SUFFIX}`);
}

/**
 * `<name> YYYY-MM-DD HHmmss.claimtrace` in UTC. No colons, so the name is valid on Windows and
 * macOS too, and it sorts by time in any file manager. `sequence` (2, 3, …) tells apart two
 * snapshots taken within the same second.
 */
export function snapshotFileName(name: string, at: Date, sequence = 1): string {
  const iso = at.toISOString();
  const stamp = `${iso.slice(0, 10)} ${iso.slice(11, 13)}${iso.slice(14, 16)}${iso.slice(17, 19)}`;
  return `${name} ${stamp}${sequence > 1 ? ` ${sequence}` : ''}${WORKBENCH_EXTENSION}`;
}

export interface ParsedSnapshotName {
  /** ISO-8601 in UTC, second precision. */
  at: string;
  sequence: number;
}

/** Reads back what snapshotFileName wrote for this workbench; anything else in the folder is not ours. */
export function parseSnapshotFileName(name: string, fileName: string): ParsedSnapshotName | null {
  const prefix = `${name} `;
  if (!fileName.startsWith(prefix) || !fileName.toLowerCase().endsWith(WORKBENCH_EXTENSION)) return null;
  const middle = fileName.slice(prefix.length, fileName.length - WORKBENCH_EXTENSION.length);
  const match = /^(\d{4})-(\d{2})-(\d{2}) (\d{2})(\d{2})(\d{2})(?: (\d+))?$/.exec(middle);
  if (!match) return null;
  const [, year, month, day, hours, minutes, seconds, sequence] = match;
  const at = `${year}-${month}-${day}T${hours}:${minutes}:${seconds}.000Z`;
  const time = Date.parse(at);
  // Date.parse accepts 2024-02-30; a name that does not round-trip is not one we wrote.
  if (Number.isNaN(time) || new Date(time).toISOString() !== at) return null;
  return { at, sequence: sequence ? Number(sequence) : 1 };
}
