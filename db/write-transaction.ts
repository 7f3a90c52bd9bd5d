import type Database from 'better-sqlite3';

/**
 * Runs `work` in a transaction that takes the write lock when it begins (BEGIN IMMEDIATE). A
 * deferred transaction that reads first and writes later cannot wait for another writer — SQLite
 * answers "database is locked" at once to avoid a deadlock — while one that starts immediately
 * waits out the busy timeout, so the app, the CLI and a second window can write one file together.
 * Inside another transaction it is a savepoint, as with any better-sqlite3 transaction.
 */
export function writeTransaction<T>(db: Database.Database, work: () => T): T {
  return db.transaction(work).immediate();
}
