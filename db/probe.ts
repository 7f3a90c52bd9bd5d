import { statSync } from 'node:fs';

import type Database from 'better-sqlite3';

import { openInspection } from './connection.js';
import { CLAIMTRACE_APPLICATION_ID, hasJournalBeside, readFileHeader } from './file-format.js';
import { explainOpenFailure } from './sqlite-errors.js';
import { corrupt, newerVersion, notAWorkbench } from './workbench-open-error.js';

export type ProbeResult =
  | { state: 'missing' }
  /** Nothing in it yet (a zero-byte file or an SQLite file with no tables): safe to set up. */
  | { state: 'blank' }
  | { state: 'workbench'; schemaVersion: number };

export interface ProbeOptions {
  /** The newest schema this app understands. */
  appSchemaVersion: number;
  /** Run `PRAGMA quick_check` on a workbench before accepting it. */
  quickCheck: boolean;
  nativeBinding?: string;
}

/**
 * Decides whether a file may be opened as a workbench without changing a byte of it: files that
 * are not SQLite are judged by their header alone, and SQLite only ever sees the file through a
 * connection that cannot write. Throws WorkbenchOpenError for anything that must be refused.
 */
export function probeWorkbenchFile(file: string, options: ProbeOptions): ProbeResult {
  try {
    return probe(file, options);
  } catch (error) {
    throw explainOpenFailure(error, file);
  }
}

function probe(file: string, options: ProbeOptions): ProbeResult {
  const stat = statOrNull(file);
  if (!stat) return { state: 'missing' };
  if (stat.isDirectory()) throw notAWorkbench(file, 'it is a folder');
  if (!stat.isFile()) throw notAWorkbench(file, 'it is not a regular file');

  const header = readFileHeader(file);
  if (header.kind === 'empty') return { state: 'blank' };
  if (header.kind === 'not_sqlite') throw notAWorkbench(file, 'it is not a database file');
  // Without a journal beside it the header is current, so foreign and newer files are refused
  // before SQLite opens them at all.
  if (!hasJournalBeside(file)) judgeIdentity(file, header.applicationId, header.userVersion, options);

  const db = openInspection(file, { nativeBinding: options.nativeBinding });
  try {
    const applicationId = Number(db.pragma('application_id', { simple: true }));
    const schemaVersion = Number(db.pragma('user_version', { simple: true }));
    const identity = judgeIdentity(file, applicationId, schemaVersion, options);
    if (identity === 'maybe_blank') {
      if (hasNoSchema(db)) return { state: 'blank' };
      throw notAWorkbench(file, 'it is a database that belongs to another application');
    }
    if (options.quickCheck && !passesQuickCheck(db)) throw corrupt(file);
    return { state: 'workbench', schemaVersion };
  } finally {
    db.close();
  }
}

function statOrNull(file: string) {
  try {
    return statSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return null;
    throw error;
  }
}

/**
 * An application ID of 0 with version 0 is an SQLite file nobody has claimed; it is only blank if
 * it also has no tables, which takes a look inside.
 */
function judgeIdentity(file: string, applicationId: number, schemaVersion: number, options: ProbeOptions): 'workbench' | 'maybe_blank' {
  if (applicationId === CLAIMTRACE_APPLICATION_ID) {
    if (schemaVersion > options.appSchemaVersion) throw newerVersion(file, schemaVersion, options.appSchemaVersion);
    return schemaVersion === 0 ? 'maybe_blank' : 'workbench';
  }
  if (applicationId === 0 && schemaVersion === 0) return 'maybe_blank';
  throw notAWorkbench(file, 'it is a database that belongs to another application');
}

function hasNoSchema(db: Database.Database): boolean {
  const row = db.prepare('SELECT count(*) AS n FROM sqlite_schema').get() as { n: number };
  return row.n === 0;
}

function passesQuickCheck(db: Database.Database): boolean {
  const rows = db.pragma('quick_check') as { quick_check: string }[];
  return rows.length === 1 && rows[0]?.quick_check === 'ok';
}
