import path from 'node:path';

import type Database from 'better-sqlite3';

import { openInspection } from './connection.js';
import { APP_SCHEMA_VERSION } from './migrations/index.js';
import { probeWorkbenchFile } from './probe.js';
import { explainOpenFailure } from './sqlite-errors.js';
import { corrupt, notAWorkbench, notFound } from './workbench-open-error.js';

export interface WorkbenchCheck {
  schemaVersion: number;
  appSchemaVersion: number;
  /** Rows in each table, counting everything stored (including deleted and merged rows). */
  counts: {
    documents: number;
    claims: number;
    sources: number;
    evidence: number;
    files: number;
    tags: number;
    history: number;
  };
  /** What `PRAGMA integrity_check` reports, one problem per entry; `['ok']` when sound. */
  integrity: string[];
  ok: boolean;
}

const COUNTED_TABLES = ['documents', 'claims', 'sources', 'evidence', 'files', 'tags', 'history'] as const;
const MAX_PROBLEMS = 100;

/**
 * A health report for `claimtrace check`. Reads only: never migrates, never writes, and leaves no
 * journal files behind. A file that cannot be read as a workbench at all is refused with
 * WorkbenchOpenError; a readable workbench with damage is reported with `ok: false`.
 */
export function checkWorkbench(file: string): WorkbenchCheck {
  const target = path.resolve(file);
  const probe = probeWorkbenchFile(target, { appSchemaVersion: APP_SCHEMA_VERSION, quickCheck: false });
  if (probe.state === 'missing') throw notFound(target);
  if (probe.state === 'blank') throw notAWorkbench(target, 'it is empty');

  let db: Database.Database | undefined;
  try {
    db = openInspection(target);
    const integrity = integrityProblems(db);
    const ok = integrity.length === 1 && integrity[0] === 'ok';
    let counts: WorkbenchCheck['counts'];
    try {
      counts = countTables(db);
    } catch (error) {
      throw ok ? error : corrupt(target);
    }
    return { schemaVersion: probe.schemaVersion, appSchemaVersion: APP_SCHEMA_VERSION, counts, integrity, ok };
  } catch (error) {
    throw explainOpenFailure(error, target);
  } finally {
    db?.close();
  }
}

function countTables(db: Database.Database): WorkbenchCheck['counts'] {
  const entries = COUNTED_TABLES.map((table) => {
    // Table names come from the fixed list above, never from input.
    const row = db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number };
    return [table, row.n] as const;
  });
  return Object.fromEntries(entries) as WorkbenchCheck['counts'];
}

/**
 * SQLite may pack several problems into one row under a heading naming the database, and may stop
 * with an error part-way; every problem found before that is kept, the error last.
 */
function integrityProblems(db: Database.Database): string[] {
  const rows: string[] = [];
  try {
    for (const row of db.prepare('PRAGMA integrity_check').iterate() as Iterable<{ integrity_check: string }>) {
      rows.push(...row.integrity_check.split('\n'));
    }
  } catch (error) {
    if (!/^SQLITE_(CORRUPT|NOTADB|IOERR)/.test(String((error as { code?: unknown }).code))) throw error;
    rows.push((error as Error).message);
  }
  const problems = rows.filter((line) => line.trim() !== '' && !/^\*\*\* in database \w+ \*\*\*$/.test(line));
  return problems.slice(0, MAX_PROBLEMS);
}
