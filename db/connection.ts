import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import Database from 'better-sqlite3';

import { hasJournalBeside } from './file-format.js';
import { errorCode } from './sqlite-errors.js';

export const BUSY_TIMEOUT_MS = 5000;

export interface ConnectionOptions {
  nativeBinding?: string;
}

// The native binding each writable connection was opened with, so that a worker thread writing
// the same file loads the same one (the packaged app's lies outside app.asar).
const bindings = new WeakMap<Database.Database, string | undefined>();

/** A read-write connection; creates the file only when `create` is set. */
export function openWritable(file: string, options: ConnectionOptions & { create: boolean }): Database.Database {
  const db = new Database(file, {
    fileMustExist: !options.create,
    timeout: BUSY_TIMEOUT_MS,
    nativeBinding: options.nativeBinding,
  });
  bindings.set(db, options.nativeBinding);
  return db;
}

/** The native binding a connection from openWritable loaded; undefined for the default one. */
export function nativeBindingOf(db: Database.Database): string | undefined {
  return bindings.get(db);
}

/**
 * A connection that cannot change the file and leaves nothing behind.
 *
 * A plain read-only SQLite connection to a WAL database creates `-wal` and `-shm` files and, being
 * read-only, cannot remove them again. So when no journal exists yet, the connection is opened
 * read-write with `query_only` on: SQLite refuses every write, and on close it removes the files it
 * created itself, under its own locks. When a journal already exists (another process has the file
 * open, or a crash left it), a true read-only connection is used so that nothing is checkpointed or
 * rolled back into the main file.
 */
export function openInspection(file: string, options: ConnectionOptions = {}): Database.Database {
  if (!hasJournalBeside(file)) {
    let db: Database.Database | undefined;
    try {
      db = new Database(file, { fileMustExist: true, timeout: BUSY_TIMEOUT_MS, nativeBinding: options.nativeBinding });
      db.pragma('query_only = ON');
      firstRead(db);
      return db;
    } catch (error) {
      db?.close();
      // No write access to the file or its folder: fall through to a read-only connection. Any
      // other failure (a damaged file) is the answer, given while nothing is left behind.
      if (db && !inReadOnlyPlace(error)) throw error;
    }
  }
  let db: Database.Database | undefined;
  try {
    db = new Database(file, {
      readonly: true,
      fileMustExist: true,
      timeout: BUSY_TIMEOUT_MS,
      nativeBinding: options.nativeBinding,
    });
    firstRead(db);
    return db;
  } catch (error) {
    db?.close();
    if (!inReadOnlyPlace(error)) throw error;
    return openReadOnlyCopy(file, options);
  }
}

/** SQLite wants its journal files only at the first read, so that is where a read-only place shows. */
function firstRead(db: Database.Database): void {
  db.prepare('SELECT count(*) FROM sqlite_master').get();
}

/** SQLite could not make the journal files it needs beside a WAL database: a read-only folder or disk. */
function inReadOnlyPlace(error: unknown): boolean {
  const code = errorCode(error);
  return code === 'SQLITE_CANTOPEN' || code.startsWith('SQLITE_READONLY');
}

/**
 * A workbench in a place nobody may write to (a colleague's file, a mounted archive) is read from a
 * copy in a temporary folder, where SQLite can keep its journal files; the copy goes when the
 * connection closes. Nobody can be writing the original, since no writer could either.
 */
function openReadOnlyCopy(file: string, options: ConnectionOptions): Database.Database {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'claimtrace-readonly-'));
  try {
    const copy = path.join(folder, path.basename(file));
    fs.copyFileSync(file, copy);
    if (fs.existsSync(`${file}-wal`)) fs.copyFileSync(`${file}-wal`, `${copy}-wal`);
    const db = new Database(copy, { readonly: true, fileMustExist: true, timeout: BUSY_TIMEOUT_MS, nativeBinding: options.nativeBinding });
    // Every caller closes its connection; closing this one also removes the copy.
    const close = db.close.bind(db);
    db.close = () => {
      const closed = close();
      fs.rmSync(folder, { recursive: true, force: true });
      return closed;
    };
    return db;
  } catch (error) {
    fs.rmSync(folder, { recursive: true, force: true });
    throw error;
  }
}

/** Settings every writable workbench connection runs with. */
export function configureWritable(db: Database.Database): string {
  db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  const mode = db.pragma('journal_mode = WAL', { simple: true });
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  return String(mode);
}

/** Settings for a connection that only reads. */
export function configureReadOnly(db: Database.Database): void {
  db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  db.pragma('foreign_keys = ON');
}
