import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { createDispatch, type Dispatch } from '../../../core/api/dispatch.js';
import type { AppEvent } from '../../../core/api/index.js';
import { DEFAULT_SETTINGS, type DocumentSummary, type Source, type WorkbenchInfo } from '../../../core/domain.js';
import { SEED_SOURCES } from '../../../core/sources/seed-registry.js';
import { now } from '../../../db/ids.js';
import { APP_SCHEMA_VERSION } from '../../../db/migrations/index.js';
import { createService } from '../../../db/service.js';
import { openWorkbench, type Workbench } from '../../../db/workbench.js';
import { makeTempDir } from '../../support/temp-dir.js';
import { addClaim, addDocument, addHop, addSource } from './support/rows.js';

let temp: ReturnType<typeof makeTempDir>;
let workbench: Workbench;
let dispatch: Dispatch;
let events: AppEvent[];

beforeEach(() => {
  temp = makeTempDir();
  workbench = openWorkbench(temp.file('Newsroom.claimtrace'), { create: true });
  events = [];
  dispatch = createDispatch(createService(workbench, { emit: (event) => events.push(event) }));
});

afterEach(() => {
  workbench.close();
  temp.remove();
});

async function call<T>(method: string, args: unknown = {}): Promise<T> {
  const result = await dispatch(method, args);
  if (!result.ok) throw new Error(`${method} failed: ${result.error.message}`);
  return result.value as T;
}

const tassId = SEED_SOURCES.find((source) => source.name === 'TASS')!.id;
const afpId = SEED_SOURCES.find((source) => source.name === 'AFP')!.id;

describe('workbench.info', () => {
  it('describes a fresh workbench', async () => {
    const info = await call<WorkbenchInfo>('workbench.info');
    expect(info.name).toBe('Newsroom');
    expect(info.path).toBe(workbench.path);
    expect(info.schemaVersion).toBe(APP_SCHEMA_VERSION);
    expect(info.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(info.counts).toEqual({ documents: 0, claims: 0, sources: SEED_SOURCES.length, evidence: 0 });
  });

  it('keeps its identity across reopening and leaves deleted work out of the counts', async () => {
    const { db } = workbench;
    const kept = addDocument(db);
    addClaim(db, kept);
    addClaim(db, kept, { deletedAt: now() });
    const binned = addDocument(db, { deletedAt: now() });
    addClaim(db, binned);
    const before = await call<WorkbenchInfo>('workbench.info');
    expect(before.counts).toMatchObject({ documents: 1, claims: 1 });

    workbench.close();
    workbench = openWorkbench(temp.file('Newsroom.claimtrace'));
    dispatch = createDispatch(createService(workbench));
    const after = await call<WorkbenchInfo>('workbench.info');
    expect(after.id).toBe(before.id);
    expect(after.createdAt).toBe(before.createdAt);
  });
});

describe('documents.list', () => {
  function seedDocuments() {
    const { db } = workbench;
    const alpha = addDocument(db, {
      title: 'alpha report',
      text: 'Twelve chars',
      outlet: 'TASS',
      publishedAt: '2018-09-20',
      createdAt: '2024-01-01T00:00:00.000Z',
    });
    const bravo = addDocument(db, {
      title: 'Bravo report',
      outlet: 'Al-Masdar',
      publishedAt: null,
      createdAt: '2024-01-02T00:00:00.000Z',
      direction: 'rtl',
    });
    const charlie = addDocument(db, {
      title: 'Charlie report',
      outlet: null,
      publishedAt: '2018-10-01',
      createdAt: '2024-01-03T00:00:00.000Z',
    });
    addDocument(db, { title: 'Deleted report', outlet: 'TASS', deletedAt: now() });
    addClaim(db, alpha, { status: 'done' });
    addClaim(db, alpha, { status: 'in_review' });
    addClaim(db, alpha, { status: 'done', deletedAt: now() });
    addClaim(db, bravo, { status: 'done' });
    return { alpha, bravo, charlie };
  }

  it('lists live documents, newest first, with claim progress', async () => {
    const { alpha, bravo, charlie } = seedDocuments();
    const list = await call<{ items: DocumentSummary[]; total: number }>('documents.list');
    expect(list.total).toBe(3);
    expect(list.items.map((item) => item.id)).toEqual([charlie, bravo, alpha]);
    expect(list.items[2]).toEqual({
      id: alpha,
      title: 'alpha report',
      outlet: 'TASS',
      author: null,
      publishedAt: '2018-09-20',
      language: null,
      direction: 'ltr',
      length: 12,
      claimCount: 2,
      doneCount: 1,
      createdAt: '2024-01-01T00:00:00.000Z',
      updatedAt: '2024-01-01T00:00:00.000Z',
      provenance: {},
    });
    expect(list.items[1]).toMatchObject({ direction: 'rtl', claimCount: 1, doneCount: 1 });
    expect(list.items[0]).toMatchObject({ claimCount: 0, doneCount: 0 });
  });

  it('sorts by title ignoring case, and puts missing dates and outlets last either way', async () => {
    const { alpha, bravo, charlie } = seedDocuments();
    const ids = async (args: object) => (await call<{ items: DocumentSummary[] }>('documents.list', args)).items.map((item) => item.id);
    expect(await ids({ sort: 'title', descending: false })).toEqual([alpha, bravo, charlie]);
    expect(await ids({ sort: 'publishedAt', descending: false })).toEqual([alpha, charlie, bravo]);
    expect(await ids({ sort: 'publishedAt', descending: true })).toEqual([charlie, alpha, bravo]);
    expect(await ids({ sort: 'outlet', descending: false })).toEqual([bravo, alpha, charlie]);
    expect(await ids({ sort: 'outlet', descending: true })).toEqual([alpha, bravo, charlie]);
    expect(await ids({ sort: 'progress', descending: true })).toEqual([bravo, alpha, charlie]);
  });

  it('pages with offset and limit while reporting the full total', async () => {
    const { alpha, bravo } = seedDocuments();
    const page = await call<{ items: DocumentSummary[]; total: number }>('documents.list', { offset: 1, limit: 1 });
    expect(page.total).toBe(3);
    expect(page.items.map((item) => item.id)).toEqual([bravo]);
    const last = await call<{ items: DocumentSummary[] }>('documents.list', { offset: 2, limit: 5 });
    expect(last.items.map((item) => item.id)).toEqual([alpha]);
  });

  it('filters by outlet, ignoring case', async () => {
    const { alpha } = seedDocuments();
    const list = await call<{ items: DocumentSummary[]; total: number }>('documents.list', { outlet: 'tass' });
    expect(list.total).toBe(1);
    expect(list.items.map((item) => item.id)).toEqual([alpha]);
  });
});

describe('sources.list', () => {
  it('lists the seed registry with aliases', async () => {
    const sources = await call<Source[]>('sources.list');
    expect(sources).toHaveLength(SEED_SOURCES.length);
    const tass = sources.find((source) => source.id === tassId)!;
    expect(tass).toMatchObject({ name: 'TASS', kind: 'state_media', country: 'RU', stateAffiliated: true, claimCount: 0 });
    expect(tass.aliases).toContainEqual({ alias: 'tass.com', kind: 'domain' });
  });

  it('finds sources by part of a name or alias in any case and script', async () => {
    const names = async (query: string) => (await call<Source[]>('sources.list', { query })).map((source) => source.name);
    expect(await names('reut')).toEqual(['Reuters']);
    expect(await names('FRANCE-PRESSE')).toEqual(['AFP']);
    expect(await names('тасс')).toEqual(['TASS']);
    expect(await names('farsnews')).toEqual(['Fars']);
    expect(await names('no such outlet')).toEqual([]);
  });

  it('hides merged sources', async () => {
    const duplicate = addSource(workbench.db, 'Agence France Presse (duplicate)');
    workbench.db.prepare('UPDATE sources SET merged_into = ? WHERE id = ?').run(afpId, duplicate);
    const sources = await call<Source[]>('sources.list', { query: 'duplicate' });
    expect(sources).toEqual([]);
  });

  it('counts each live claim once per source', async () => {
    const { db } = workbench;
    const documentId = addDocument(db);
    const twoHops = addClaim(db, documentId);
    addHop(db, twoHops, tassId, 0);
    addHop(db, twoHops, tassId, 1);
    addHop(db, addClaim(db, documentId), tassId);
    addHop(db, addClaim(db, documentId, { deletedAt: now() }), tassId);
    addHop(db, addClaim(db, addDocument(db, { deletedAt: now() })), tassId);
    addHop(db, twoHops, afpId, 2);
    const sources = await call<Source[]>('sources.list');
    expect(sources.find((source) => source.id === tassId)?.claimCount).toBe(2);
    expect(sources.find((source) => source.id === afpId)?.claimCount).toBe(1);
  });
});

describe('settings', () => {
  it('starts from the defaults', async () => {
    expect(await call('settings.get')).toEqual(DEFAULT_SETTINGS);
  });

  it('stores changes, announces them and keeps them after reopening', async () => {
    const updated = await call('settings.update', { reviewerName: '  Lina Haddad ', theme: 'dark' });
    expect(updated).toEqual({ ...DEFAULT_SETTINGS, reviewerName: 'Lina Haddad', theme: 'dark' });
    expect(events).toEqual([{ type: 'settings.changed' }]);

    await call('settings.update', { organizationName: 'Desk' });
    workbench.close();
    workbench = openWorkbench(temp.file('Newsroom.claimtrace'));
    dispatch = createDispatch(createService(workbench));
    expect(await call('settings.get')).toEqual({
      ...DEFAULT_SETTINGS,
      reviewerName: 'Lina Haddad',
      theme: 'dark',
      organizationName: 'Desk',
    });
  });

  it('rejects invalid values without storing anything', async () => {
    const result = await dispatch('settings.update', { theme: 'neon', reviewerName: 'X' });
    expect(result.ok).toBe(false);
    expect(events).toEqual([]);
    expect(await call('settings.get')).toEqual(DEFAULT_SETTINGS);
  });

  it('falls back to the default for a stored value it cannot use', async () => {
    workbench.db
      .prepare(`INSERT INTO settings (key, value, updated_at) VALUES ('theme', '"sepia"', ?), ('reviewerName', '"Omar"', ?)`)
      .run(now(), now());
    expect(await call('settings.get')).toEqual({ ...DEFAULT_SETTINGS, reviewerName: 'Omar' });
  });
});
