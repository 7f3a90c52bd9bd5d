import { existsSync } from 'node:fs';

import type Database from 'better-sqlite3';

/** `<file>.bak-v<version>-<timestamp>`, with a timestamp that is a valid file name everywhere. */
export function backupPathFor(file: string, version: number, date: Date = new Date()): string {
  const stamp = date.toISOString().replace(/[:.]/g, '-');
  return `${file}.bak-v${version}-${stamp}`;
}

/**
 * Copies the workbench as it is now next to itself, before a migration changes it. `VACUUM INTO`
 * gives a consistent snapshot that includes changes still in the write-ahead log, synchronously,
 * and refuses to overwrite an existing file.
 */
export function backupWorkbench(db: Database.Database, file: string, version: number): string {
  const base = backupPathFor(file, version);
  let target = base;
  for (let attempt = 2; existsSync(target); attempt += 1) target = `${base}-${attempt}`;
  db.prepare('VACUUM INTO ?').run(target);
  return target;
}
