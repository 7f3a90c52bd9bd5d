import Database from 'better-sqlite3';
import { hasJournalBeside } from './file-format.js';

export const BUSY_TIMEOUT_MS = 5000;

export interface ConnectionOptions {
  nativeBinding?: string;
}

/** A read-write connection; creates the file only when `create` is set. */
export function openWritable(file: string, options: ConnectionOptions & { create: boolean }): Database.Database {
  return new Database(file, {
    fileMustExist: !options.create,
    timeout: BUSY_TIMEOUT_MS,
    nativeBinding: options.nativeBinding,
  });
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
      return db;
    } catch {
      // No write access to the file or its folder: fall through to a read-only connection.
      db?.close();
    }
  }
  return new Database(file, {
    readonly: true,
    fileMustExist: true,
    timeout: BUSY_TIMEOUT_MS,
    nativeBinding: options.nativeBinding,
  });
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
