import fs from 'node:fs';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { ALIAS_KINDS, CLAIM_KINDS, CLAIM_STATUSES, HOP_KINDS, SOURCE_KINDS } from '../../../../core/domain.js';
import { SEED_SOURCES } from '../../../../core/sources/seed-registry.js';
import { CLAIMTRACE_APPLICATION_ID } from '../../../../db/file-format.js';
import { newId, now } from '../../../../db/ids.js';
import { APP_SCHEMA_VERSION, MIGRATIONS } from '../../../../db/migrations/index.js';
import { openWorkbench, type Workbench } from '../../../../db/workbench.js';
import { makeTempDir } from '../../../support/temp-dir.js';
import { addClaim, addDocument } from '../support/rows.js';

const temp = makeTempDir();
let workbench: Workbench;

beforeAll(() => {
  workbench = openWorkbench(temp.file('Fresh Desk.claimtrace'), { create: true });
});

afterAll(() => {
  workbench.close();
  temp.remove();
});

const TABLES = [
  'meta',
  'settings',
  'documents',
  'sources',
  'source_aliases',
  'ratings',
  'claims',
  'attribution_hops',
  'files',
  'evidence',
  'tags',
  'claim_tags',
  'claim_appearances',
  'history',
  'document_versions',
  'claim_revisions',
];

describe('a new workbench file', () => {
  it('is named after its file and stamped as a Claimtrace workbench at the newest schema', () => {
    expect(workbench.name).toBe('Fresh Desk');
    expect(workbench.path).toBe(path.resolve(temp.file('Fresh Desk.claimtrace')));
    expect(workbench.db.pragma('application_id', { simple: true })).toBe(CLAIMTRACE_APPLICATION_ID);
    expect(workbench.db.pragma('user_version', { simple: true })).toBe(APP_SCHEMA_VERSION);
    expect(workbench.schemaVersion).toBe(APP_SCHEMA_VERSION);
    const meta = workbench.db.prepare('SELECT workbench_id, created_at FROM meta').all() as {
      workbench_id: string;
      created_at: string;
    }[];
    expect(meta).toHaveLength(1);
    expect(meta[0]!.workbench_id).toMatch(/^[0-9a-f-]{36}$/);
    expect(new Date(meta[0]!.created_at).toISOString()).toBe(meta[0]!.created_at);
  });

  it('runs with WAL, foreign keys, a busy timeout and NORMAL sync', () => {
    const { db } = workbench;
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
    expect(db.pragma('synchronous', { simple: true })).toBe(1);
  });

  it('has every table of the model, all STRICT', () => {
    const tables = workbench.db.pragma('table_list') as { name: string; schema: string; type: string; strict: number }[];
    const byName = new Map(tables.filter((table) => table.schema === 'main').map((table) => [table.name, table]));
    for (const name of TABLES) {
      expect(byName.get(name), name).toMatchObject({ type: 'table', strict: 1 });
    }
    expect(byName.get('documents_fts')?.type).toBe('virtual');
    expect(byName.get('claims_fts')?.type).toBe('virtual');
  });

  it('passes its own integrity checks, full-text indexes included', () => {
    const { db } = workbench;
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(() => db.exec(`INSERT INTO documents_fts (documents_fts) VALUES ('integrity-check')`)).not.toThrow();
    expect(() => db.exec(`INSERT INTO claims_fts (claims_fts) VALUES ('integrity-check')`)).not.toThrow();
  });

  it('starts with the seed registry, fixed IDs and one row per alias', () => {
    const { db } = workbench;
    const names = (db.prepare('SELECT name FROM sources').all() as { name: string }[]).map((row) => row.name);
    expect(names).toEqual(expect.arrayContaining(['TASS', 'Sputnik', 'Fars', 'AFP', 'Reuters']));
    for (const seed of SEED_SOURCES) {
      const row = db.prepare('SELECT name, kind, country, state_affiliated FROM sources WHERE id = ?').get(seed.id);
      expect(row).toEqual({
        name: seed.name,
        kind: seed.kind,
        country: seed.country,
        state_affiliated: seed.stateAffiliated ? 1 : 0,
      });
      const aliases = db.prepare('SELECT alias, kind FROM source_aliases WHERE source_id = ?').all(seed.id) as {
        alias: string;
        kind: string;
      }[];
      for (const alias of seed.aliases) {
        expect(aliases.some((row) => row.alias.toLowerCase() === alias.alias.toLowerCase())).toBe(true);
      }
    }
    const tass = db.prepare(`SELECT source_id FROM source_aliases WHERE alias = 'ТАСС'`).get() as { source_id: string };
    expect(tass.source_id).toBe(SEED_SOURCES.find((source) => source.name === 'TASS')!.id);
  });

  it('starts with the verdict scale from true to false, unverifiable off the scale', () => {
    const ratings = workbench.db
      .prepare('SELECT key, label, color, rating_value AS value, archived FROM ratings ORDER BY ordinal')
      .all() as { key: string; label: string; color: string; value: number | null; archived: number }[];
    expect(ratings.map((rating) => rating.key)).toEqual([
      'true',
      'mostly_true',
      'mixed',
      'misleading',
      'mostly_false',
      'false',
      'unverifiable',
    ]);
    expect(ratings.map((rating) => rating.value)).toEqual([6, 5, 4, 3, 2, 1, null]);
    for (const rating of ratings) {
      expect(rating.color).toMatch(/^#[0-9a-f]{6}$/);
      expect(rating.archived).toBe(0);
    }
    expect(new Set(ratings.map((rating) => rating.color)).size).toBe(ratings.length);
  });

  it('accepts exactly the kinds and statuses the domain defines', () => {
    const { db } = workbench;
    const at = now();
    const insertSource = db.prepare(`INSERT INTO sources (id, name, kind, created_at, updated_at) VALUES (?, 'S', ?, ?, ?)`);
    for (const kind of SOURCE_KINDS) expect(() => insertSource.run(newId(), kind, at, at)).not.toThrow();
    expect(() => insertSource.run(newId(), 'blog', at, at)).toThrow(/CHECK/);

    const sourceId = newId();
    insertSource.run(sourceId, 'person', at, at);
    const insertAlias = db.prepare(`INSERT INTO source_aliases (id, source_id, alias, kind) VALUES (?, ?, ?, ?)`);
    for (const kind of ALIAS_KINDS) expect(() => insertAlias.run(newId(), sourceId, `alias ${kind}`, kind)).not.toThrow();
    expect(() => insertAlias.run(newId(), sourceId, 'other', 'nickname')).toThrow(/CHECK/);
    expect(() => insertAlias.run(newId(), sourceId, 'ALIAS NAME', 'name')).toThrow(/UNIQUE/);

    const documentId = addDocument(db);
    const claimId = addClaim(db, documentId);
    const setKind = db.prepare('UPDATE claims SET kind = ? WHERE id = ?');
    for (const kind of CLAIM_KINDS) expect(() => setKind.run(kind, claimId)).not.toThrow();
    expect(() => setKind.run('rumour', claimId)).toThrow(/CHECK/);
    const setStatus = db.prepare('UPDATE claims SET status = ? WHERE id = ?');
    for (const status of CLAIM_STATUSES) expect(() => setStatus.run(status, claimId)).not.toThrow();
    expect(() => setStatus.run('archived', claimId)).toThrow(/CHECK/);
    expect(() => db.prepare('UPDATE claims SET checkworthiness = 4 WHERE id = ?').run(claimId)).toThrow(/CHECK/);

    const insertHop = db.prepare(
      `INSERT INTO attribution_hops (id, claim_id, ordinal, source_id, kind, created_at, updated_at) VALUES (?, ?, 0, ?, ?, ?, ?)`,
    );
    for (const kind of HOP_KINDS) expect(() => insertHop.run(newId(), claimId, sourceId, kind, at, at)).not.toThrow();
    expect(() => insertHop.run(newId(), claimId, sourceId, 'rumour', at, at)).toThrow(/CHECK/);
  });

  it('keeps an orphaned claim without offsets and an anchored one with them', () => {
    const { db } = workbench;
    const claimId = addClaim(db, addDocument(db));
    expect(() => db.prepare('UPDATE claims SET orphaned = 1 WHERE id = ?').run(claimId)).toThrow(/CHECK/);
    db.prepare('UPDATE claims SET orphaned = 1, start_offset = NULL, end_offset = NULL WHERE id = ?').run(claimId);
    expect(() => db.prepare('UPDATE claims SET orphaned = 0 WHERE id = ?').run(claimId)).toThrow(/CHECK/);
  });

  it('refuses references to rows that do not exist and cascades deletes to what belongs to a document', () => {
    const { db } = workbench;
    expect(() => addClaim(db, newId())).toThrow(/FOREIGN KEY/);
    const documentId = addDocument(db);
    const claimId = addClaim(db, documentId);
    db.prepare('DELETE FROM documents WHERE id = ?').run(documentId);
    expect(db.prepare('SELECT count(*) AS n FROM claims WHERE id = ?').get(claimId)).toEqual({ n: 0 });
  });
});

describe('the migration list', () => {
  it('matches the numbered files in db/migrations, in order', () => {
    const folder = path.resolve(__dirname, '../../../../db/migrations');
    const numbered = fs
      .readdirSync(folder)
      .filter((name) => /^\d{3}-.+\.ts$/.test(name))
      .sort();
    expect(numbered.length).toBeGreaterThan(0);
    expect(MIGRATIONS.map((migration) => `${String(migration.version).padStart(3, '0')}-${migration.name}.ts`)).toEqual(numbered);
    expect(APP_SCHEMA_VERSION).toBe(numbered.length);
  });
});
