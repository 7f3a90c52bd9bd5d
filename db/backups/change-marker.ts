import type Database from 'better-sqlite3';

/**
 * How many commits this connection has seen. Two counters, because neither is enough alone:
 * `total_changes()` counts rows this connection changed, and `PRAGMA data_version` moves only when
 * *another* connection (the command line, a second window) commits, never for this one's own
 * writes. Both start afresh with every connection, so they only tell what changed since the file
 * was opened.
 */
export interface SessionCounters {
  ownChanges: number;
  dataVersion: number;
}

export function readSessionCounters(db: Database.Database): SessionCounters {
  const { changes } = db.prepare('SELECT total_changes() AS changes').get() as { changes: number };
  const dataVersion = Number(db.pragma('data_version', { simple: true }));
  return { ownChanges: changes, dataVersion };
}

export function countersMoved(before: SessionCounters, after: SessionCounters): boolean {
  return before.ownChanges !== after.ownChanges || before.dataVersion !== after.dataVersion;
}

/**
 * The time of the newest change the workbench records about itself, for changes made before this
 * connection opened it: every edit appends to the history (with its time), and settings carry
 * their own `updated_at`. Null for a workbench nobody has worked in yet.
 */
export function newestRecordedChange(db: Database.Database): string | null {
  const row = db
    .prepare(
      `SELECT max(
         coalesce((SELECT max(at) FROM history), ''),
         coalesce((SELECT max(updated_at) FROM settings), '')
       ) AS newest`,
    )
    .get() as { newest: string };
  return row.newest === '' ? null : row.newest;
}
