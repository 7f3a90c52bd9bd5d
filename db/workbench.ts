import fs from 'node:fs';
import path from 'node:path';

import type Database from 'better-sqlite3';

import { configureReadOnly, configureWritable, openInspection, openWritable } from './connection.js';
import { WORKBENCH_EXTENSION } from './file-format.js';
import { migrateWorkbench, type MigrationOutcome } from './migrate.js';
import { latestVersion, type Migration, MIGRATIONS } from './migrations/index.js';
import { probeWorkbenchFile } from './probe.js';
import { explainOpenFailure } from './sqlite-errors.js';
import { locked, notAWorkbench, notFound, WorkbenchOpenError } from './workbench-open-error.js';

export interface Workbench {
  db: Database.Database;
  /** Absolute path of the file. */
  path: string;
  /** The file name without its `.claimtrace` extension. */
  name: string;
  schemaVersion: number;
  readonly: boolean;
  /** What opening did to the schema; `from === to` when nothing changed. */
  migration: MigrationOutcome;
  close(): void;
}

export interface OpenWorkbenchOptions {
  /** Create the file when it does not exist (its folder must exist). */
  create?: boolean;
  /** Open without ever writing: no migration, and SQLite refuses changes. */
  readonly?: boolean;
  /** Path of the better-sqlite3 addon, for hosts (Electron) that ship their own build. */
  nativeBinding?: string;
  /** The schema steps to apply; only tools and tests pass anything but the app's own. */
  migrations?: readonly Migration[];
}

/**
 * Opens a workbench, creating or migrating it as needed. Anything that is not a healthy workbench
 * this app can read is refused with a WorkbenchOpenError before the file is changed in any way.
 */
export function openWorkbench(file: string, options: OpenWorkbenchOptions = {}): Workbench {
  const target = path.resolve(file);
  const migrations = options.migrations ?? MIGRATIONS;
  const probe = probeWorkbenchFile(target, {
    appSchemaVersion: latestVersion(migrations),
    quickCheck: true,
    nativeBinding: options.nativeBinding,
  });
  if (probe.state === 'missing' && !options.create) throw notFound(target);

  if (options.readonly) {
    if (probe.state === 'missing') throw notFound(target);
    if (probe.state === 'blank') throw notAWorkbench(target, 'it is empty');
    return connect(target, options, (db) => {
      configureReadOnly(db);
      const version = probe.schemaVersion;
      return { schemaVersion: version, migration: { from: version, to: version, backupPath: null } };
    });
  }

  return connect(target, options, (db) => {
    if (configureWritable(db) !== 'wal') throw locked(target);
    const migration = migrateWorkbench(db, target, migrations);
    return { schemaVersion: migration.to, migration };
  });
}

function connect(
  file: string,
  options: OpenWorkbenchOptions,
  prepare: (db: Database.Database) => Pick<Workbench, 'schemaVersion' | 'migration'>,
): Workbench {
  let db: Database.Database | undefined;
  try {
    db = options.readonly
      ? openInspection(file, { nativeBinding: options.nativeBinding })
      : openWritable(file, { create: options.create ?? false, nativeBinding: options.nativeBinding });
    const opened = db;
    const state = prepare(opened);
    const readonly = options.readonly ?? false;
    return {
      db: opened,
      path: file,
      name: workbenchName(file),
      readonly,
      ...state,
      close: () => closeConnection(opened, readonly),
    };
  } catch (error) {
    db?.close();
    throw explainOpenFailure(error, file);
  }
}

/**
 * Opens a workbench for the app to work in: writable when it can be, and otherwise — a file or a
 * folder nobody may write to, such as a colleague's file or a mounted archive — read-only, for
 * reading, checking, backing up and exporting, with `readonly` set so the app can say so.
 */
export function openWorkbenchForApp(file: string, options: Omit<OpenWorkbenchOptions, 'readonly'> = {}): Workbench {
  try {
    return openWorkbench(file, options);
  } catch (error) {
    if (!(error instanceof WorkbenchOpenError) || error.code !== 'locked' || canWrite(path.resolve(file))) throw error;
    return openWorkbench(file, { ...options, readonly: true });
  }
}

/** Whether this process may change the file and make files beside it (SQLite's journal). */
function canWrite(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.W_OK);
    fs.accessSync(path.dirname(file), fs.constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

export function workbenchName(file: string): string {
  const base = path.basename(file);
  return base.toLowerCase().endsWith(WORKBENCH_EXTENSION) ? base.slice(0, -WORKBENCH_EXTENSION.length) : base;
}

function closeConnection(db: Database.Database, readonly: boolean): void {
  if (!db.open) return;
  if (!readonly) {
    try {
      // Keeps query plans good as the workbench grows; cheap when there is nothing to do.
      db.pragma('optimize');
    } catch {
      // Never let housekeeping stop the file from closing.
    }
  }
  db.close();
}

export { WorkbenchOpenError, type WorkbenchOpenErrorCode } from './workbench-open-error.js';
