import fs from 'node:fs';
import path from 'node:path';

import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { checkWorkbench } from '../../../db/check.js';
import { APP_SCHEMA_VERSION, type Migration, MIGRATIONS } from '../../../db/migrations/index.js';
import { searchClaims } from '../../../db/queries/claim-search.js';
import { searchDocuments } from '../../../db/queries/document-search.js';
import { openWorkbench, WorkbenchOpenError } from '../../../db/workbench.js';
import { makeTempDir } from '../../support/temp-dir.js';
import { filesNamedLike, journalFilesBeside } from './support/files.js';
import { addClaim, addDocument, addHistory } from './support/rows.js';

const [initial] = MIGRATIONS;
const addPriority: Migration = {
  version: 2,
  name: 'claim-priority',
  sql: `ALTER TABLE claims ADD COLUMN priority INTEGER NOT NULL DEFAULT 0;
        CREATE TABLE reading_list (document_id TEXT NOT NULL PRIMARY KEY REFERENCES documents (id)) STRICT;`,
  seed: (db) => {
    db.prepare('INSERT INTO reading_list (document_id) SELECT id FROM documents').run();
  },
};

let temp: ReturnType<typeof makeTempDir>;
let file: string;
let documentId: string;

beforeEach(() => {
  temp = makeTempDir();
  file = temp.file('desk.claimtrace');
  const v1 = openWorkbench(file, { create: true, migrations: [initial!] });
  documentId = addDocument(v1.db, { title: 'Ceasefire in Idlib' });
  v1.close();
});

afterEach(() => temp.remove());

function backupsOf(target: string): string[] {
  return filesNamedLike(target).filter((name) => name.includes('.bak-'));
}

describe('opening a workbench saved by an older version', () => {
  it('copies it to a versioned backup, then migrates it with its data intact', () => {
    const upgraded = openWorkbench(file, { migrations: [initial!, addPriority] });
    expect(upgraded.schemaVersion).toBe(2);
    expect(upgraded.migration.from).toBe(1);
    expect(upgraded.db.pragma('user_version', { simple: true })).toBe(2);
    expect(upgraded.db.prepare('SELECT title FROM documents WHERE id = ?').get(documentId)).toEqual({
      title: 'Ceasefire in Idlib',
    });
    expect(upgraded.db.prepare('SELECT document_id FROM reading_list').all()).toEqual([{ document_id: documentId }]);
    upgraded.close();

    const backups = backupsOf(file);
    expect(backups).toHaveLength(1);
    expect(backups[0]).toMatch(/^desk\.claimtrace\.bak-v1-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z$/);
    expect(path.join(temp.dir, backups[0]!)).toBe(upgraded.migration.backupPath);

    const backup = new Database(path.join(temp.dir, backups[0]!), { readonly: true });
    expect(backup.pragma('user_version', { simple: true })).toBe(1);
    expect(backup.prepare('SELECT title FROM documents WHERE id = ?').get(documentId)).toEqual({
      title: 'Ceasefire in Idlib',
    });
    const columns = (backup.pragma('table_info(claims)') as { name: string }[]).map((column) => column.name);
    expect(columns).not.toContain('priority');
    backup.close();
  });

  it('opens the backup itself as a workbench at the old version', () => {
    openWorkbench(file, { migrations: [initial!, addPriority] }).close();
    const backupFile = path.join(temp.dir, backupsOf(file)[0]!);
    const backup = openWorkbench(backupFile, { readonly: true, migrations: [initial!] });
    expect(backup.schemaVersion).toBe(1);
    backup.close();
  });

  it('makes no backup when the file is already current', () => {
    openWorkbench(file, { migrations: [initial!] }).close();
    expect(backupsOf(file)).toEqual([]);
  });

  it('leaves the file at the old version when a migration step fails', () => {
    const broken: Migration = {
      version: 2,
      name: 'broken',
      sql: `ALTER TABLE claims ADD COLUMN priority INTEGER; INSERT INTO no_such_table VALUES (1);`,
    };
    expect(() => openWorkbench(file, { migrations: [initial!, broken] })).toThrow(/no_such_table/);

    const reopened = openWorkbench(file, { migrations: [initial!] });
    expect(reopened.schemaVersion).toBe(1);
    const columns = (reopened.db.pragma('table_info(claims)') as { name: string }[]).map((column) => column.name);
    expect(columns).not.toContain('priority');
    expect(reopened.db.prepare('SELECT count(*) AS n FROM documents').get()).toEqual({ n: 1 });
    reopened.close();
  });

  it('refuses a migration that would leave broken references', () => {
    const dangling: Migration = {
      version: 2,
      name: 'dangling',
      sql: `INSERT INTO claims (id, document_id, quote, start_offset, end_offset, created_at, updated_at)
            VALUES ('c', 'missing-document', 'q', 0, 1, 'now', 'now');`,
    };
    expect(() => openWorkbench(file, { migrations: [initial!, dangling] })).toThrow(/broken references/);
    const reopened = openWorkbench(file, { migrations: [initial!] });
    expect(reopened.db.prepare('SELECT count(*) AS n FROM claims').get()).toEqual({ n: 0 });
    expect(reopened.db.pragma('foreign_keys', { simple: true })).toBe(1);
    reopened.close();
  });

  it('then refuses that file in an older app, saying which versions are involved', () => {
    openWorkbench(file, { migrations: [initial!, addPriority] }).close();
    const error = captureOpenError(() => openWorkbench(file, { migrations: [initial!] }));
    expect(error.code).toBe('newer_version');
    expect(error.message).toContain('format 2');
    expect(error.message).toContain('up to 1');
    expect(journalFilesBeside(file)).toEqual([]);
  });

  it('rejects a migration list with a gap', () => {
    const skipping: Migration = { ...addPriority, version: 3 };
    expect(() => openWorkbench(file, { migrations: [initial!, skipping] })).toThrow(/expected 2/);
    expect(fs.existsSync(file)).toBe(true);
  });
});

describe('opening a version 1 workbench in this app', () => {
  it('adds claim assignees (version 2), keeping every claim unassigned and a backup of version 1', () => {
    const before = openWorkbench(file, { migrations: [initial!] });
    const claimId = addClaim(before.db, documentId, { statement: 'The NLF rejected the zone', status: 'in_review' });
    addHistory(before.db, claimId, 'status', '"in_progress"', '"in_review"');
    before.close();
    expect(checkWorkbench(file).schemaVersion).toBe(1);

    const upgraded = openWorkbench(file);
    expect(upgraded.schemaVersion).toBe(APP_SCHEMA_VERSION);
    expect(upgraded.migration).toMatchObject({ from: 1, to: APP_SCHEMA_VERSION });
    expect(upgraded.db.prepare('SELECT id, statement, status, assignee FROM claims').all()).toEqual([
      { id: claimId, statement: 'The NLF rejected the zone', status: 'in_review', assignee: null },
    ]);
    expect(upgraded.db.prepare('SELECT count(*) AS n FROM history WHERE claim_id = ?').get(claimId)).toEqual({ n: 1 });
    const tables = upgraded.db.pragma('table_list') as { name: string; strict: number }[];
    expect(tables.find((table) => table.name === 'claims')?.strict).toBe(1);
    const indexes = (upgraded.db.pragma('index_list(claims)') as { name: string }[]).map((index) => index.name);
    expect(indexes).toContain('claims_by_assignee');

    // The column holds a name or nothing: never padding, never an empty name, never an essay.
    upgraded.db.prepare('UPDATE claims SET assignee = ? WHERE id = ?').run('Omid Karimi', claimId);
    for (const bad of ['', ' Omid', 'x'.repeat(201)]) {
      expect(() => upgraded.db.prepare('UPDATE claims SET assignee = ? WHERE id = ?').run(bad, claimId), String(bad)).toThrow();
    }
    expect(upgraded.db.prepare('SELECT assignee FROM claims WHERE id = ?').get(claimId)).toEqual({ assignee: 'Omid Karimi' });
    upgraded.close();

    expect(checkWorkbench(file)).toMatchObject({ schemaVersion: APP_SCHEMA_VERSION, appSchemaVersion: APP_SCHEMA_VERSION, ok: true });
    const backups = backupsOf(file);
    expect(backups).toHaveLength(1);
    expect(backups[0]).toMatch(/\.bak-v1-/);
    const backup = new Database(path.join(temp.dir, backups[0]!), { readonly: true });
    const columns = (backup.pragma('table_info(claims)') as { name: string }[]).map((column) => column.name);
    expect(columns).not.toContain('assignee');
    backup.close();
  });
});

describe('opening a version 2 workbench in this app', () => {
  it('adds the article start (version 3), leaving every document shown whole and a backup of version 2', () => {
    const v2 = openWorkbench(file, { migrations: MIGRATIONS.slice(0, 2) });
    const claimId = addClaim(v2.db, documentId, { statement: 'The highway reopened' });
    v2.close();
    expect(checkWorkbench(file).schemaVersion).toBe(2);

    const upgraded = openWorkbench(file);
    expect(upgraded.migration).toMatchObject({ from: 2, to: APP_SCHEMA_VERSION });
    expect(upgraded.db.prepare('SELECT id, title, article_start AS articleStart, length(text) AS length FROM documents').all()).toEqual([
      { id: documentId, title: 'Ceasefire in Idlib', articleStart: null, length: expect.any(Number) },
    ]);
    expect(upgraded.db.prepare('SELECT id FROM claims').all()).toEqual([{ id: claimId }]);

    // The column holds an offset inside the text or nothing.
    const { length } = upgraded.db.prepare('SELECT length(text) AS length FROM documents WHERE id = ?').get(documentId) as {
      length: number;
    };
    upgraded.db.prepare('UPDATE documents SET article_start = ? WHERE id = ?').run(length, documentId);
    for (const bad of [-1, length + 1]) {
      expect(() => upgraded.db.prepare('UPDATE documents SET article_start = ? WHERE id = ?').run(bad, documentId), String(bad)).toThrow();
    }
    upgraded.close();

    expect(checkWorkbench(file)).toMatchObject({ schemaVersion: APP_SCHEMA_VERSION, ok: true });
    const backups = backupsOf(file);
    expect(backups).toHaveLength(2);
    expect(backups.filter((name) => /\.bak-v2-/.test(name))).toHaveLength(1);
  });
});

describe('opening a workbench from before English stemming in this app', () => {
  const stemming = MIGRATIONS.findIndex((migration) => migration.name === 'english-stemming');

  it('rebuilds both search indexes, so old documents and claims are found by other forms of their words', () => {
    const before = openWorkbench(file, { migrations: MIGRATIONS.slice(0, stemming) });
    const reportId = addDocument(before.db, {
      title: 'Convoy reported',
      text: 'Sputnik reported that the convoy travelled through the demilitarized zone. Путин заявил об этом.',
    });
    const claimId = addClaim(before.db, reportId, { statement: 'The convoys travelled through the zone' });
    // The old index matches words exactly.
    expect(searchDocuments(before.db, 'reports', 10)).toEqual([]);
    before.close();

    const upgraded = openWorkbench(file);
    expect(upgraded.migration).toMatchObject({ from: stemming, to: APP_SCHEMA_VERSION });
    const definitions = upgraded.db
      .prepare(`SELECT name, sql FROM sqlite_schema WHERE name IN ('documents_fts', 'claims_fts') ORDER BY name`)
      .all() as { name: string; sql: string }[];
    expect(definitions.map((table) => table.name)).toEqual(['claims_fts', 'documents_fts']);
    for (const table of definitions) expect(table.sql, table.name).toContain(`tokenize = 'porter unicode61 remove_diacritics 2'`);

    const search = (query: string) => searchDocuments(upgraded.db, query, 10).map((hit) => hit.documentId);
    for (const query of ['reports', 'demilitarised', 'traveling', 'Ceasefire in Idlib', 'путин']) {
      expect(search(query), query).toEqual([query === 'Ceasefire in Idlib' ? documentId : reportId]);
    }
    expect(searchClaims(upgraded.db, 'convoy traveled', 10).map((claim) => claim.id)).toEqual([claimId]);

    // The triggers still keep the rebuilt indexes in step.
    upgraded.db.prepare(`UPDATE documents SET text = 'The talks were postponed.' WHERE id = ?`).run(reportId);
    expect(search('sputnik')).toEqual([]);
    expect(search('postpone')).toEqual([reportId]);
    for (const table of ['documents_fts', 'claims_fts']) {
      expect(() => upgraded.db.exec(`INSERT INTO ${table} (${table}) VALUES ('integrity-check')`), table).not.toThrow();
    }
    upgraded.close();

    expect(checkWorkbench(file)).toMatchObject({ schemaVersion: APP_SCHEMA_VERSION, ok: true });
    expect(backupsOf(file).filter((name) => name.includes(`.bak-v${stemming}-`))).toHaveLength(1);
  });
});

function captureOpenError(open: () => unknown): WorkbenchOpenError {
  try {
    open();
  } catch (error) {
    if (error instanceof WorkbenchOpenError) return error;
    throw error;
  }
  throw new Error('expected the open to fail');
}
