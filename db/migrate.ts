import type Database from 'better-sqlite3';

import { backupWorkbench } from './backup.js';
import { CLAIMTRACE_APPLICATION_ID } from './file-format.js';
import { assertMigrationList, latestVersion, type Migration } from './migrations/index.js';
import { newerVersion } from './workbench-open-error.js';

export interface MigrationOutcome {
  from: number;
  to: number;
  /** Where the copy made before migrating is, or null when nothing needed migrating or backing up. */
  backupPath: string | null;
}

export function schemaVersionOf(db: Database.Database): number {
  return Number(db.pragma('user_version', { simple: true }));
}

/**
 * Brings the file up to the newest schema in one transaction, so a crash leaves it either fully
 * at the old version or fully at the new one. An existing workbench is copied first.
 */
export function migrateWorkbench(db: Database.Database, file: string, migrations: readonly Migration[]): MigrationOutcome {
  assertMigrationList(migrations);
  const latest = latestVersion(migrations);
  const from = schemaVersionOf(db);
  if (from > latest) throw newerVersion(file, from, latest);
  if (from === latest) return { from, to: from, backupPath: null };

  const backupPath = from > 0 ? backupWorkbench(db, file, from) : null;
  // Off while migrating so a step may rebuild a table; checked in full before committing instead.
  db.pragma('foreign_keys = OFF');
  try {
    db.transaction(() => {
      // Another process may have migrated while this one waited for the write lock.
      const current = schemaVersionOf(db);
      if (current > latest) throw newerVersion(file, current, latest);
      for (const migration of migrations) {
        if (migration.version <= current) continue;
        db.exec(migration.sql);
        migration.seed?.(db);
        db.pragma(`user_version = ${migration.version}`);
      }
      if (current === 0) db.pragma(`application_id = ${CLAIMTRACE_APPLICATION_ID}`);
      const violations = db.pragma('foreign_key_check') as unknown[];
      if (violations.length > 0) {
        throw new Error(`Migrating to version ${latest} would leave ${violations.length} broken references.`);
      }
    }).immediate();
  } finally {
    db.pragma('foreign_keys = ON');
  }
  return { from, to: latest, backupPath };
}
