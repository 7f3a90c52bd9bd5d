import type Database from 'better-sqlite3';

/** One step of the schema. `version` is the `user_version` the file has once the step is applied. */
export interface Migration {
  version: number;
  name: string;
  sql: string;
  /** Data the step adds; runs inside the same transaction as `sql`. */
  seed?: (db: Database.Database) => void;
}
