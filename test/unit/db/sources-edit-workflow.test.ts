import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import type { Claim, DocumentDetail, Source } from '../../../core/domain.js';
import { SEED_SOURCES } from '../../../core/sources/seed-registry.js';
import { IDLIB_ARTICLE, spanOf } from './support/articles.js';
import { openServiceHarness, type ServiceHarness } from './support/service-harness.js';

const TASS = SEED_SOURCES.find((source) => source.name === 'TASS')!;
const AFP = SEED_SOURCES.find((source) => source.name === 'AFP')!.id;
const MISSING = '00000000-0000-4000-8000-000000000000';

let h: ServiceHarness;

beforeEach(() => {
  h = openServiceHarness();
});

afterEach(() => h.close());

function sourceHistory(id: string) {
  return h.workbench.db
    .prepare('SELECT action, field, old_value AS oldValue, new_value AS newValue FROM history WHERE entity_id = ? ORDER BY at, rowid')
    .all(id) as { action: string; field: string | null; oldValue: string | null; newValue: string | null }[];
}

describe('sources.get', () => {
  it('gives a seeded source with its aliases', async () => {
    const tass = await h.call<Source>('sources.get', { id: TASS.id });
    expect(tass).toMatchObject({ id: TASS.id, name: 'TASS', kind: 'state_media', country: 'RU', stateAffiliated: true, claimCount: 0 });
    expect(tass.aliases.map((alias) => alias.alias)).toEqual(expect.arrayContaining(['ТАСС', 'tass.ru']));
    expect((await h.failure('sources.get', { id: MISSING })).code).toBe('not_found');
  });
});

describe('sources.create', () => {
  it('adds a source with defaults and announces it', async () => {
    const created = await h.call<Source>('sources.create', {
      name: 'Nour News Agency',
      kind: 'state_media',
      aliases: [
        { alias: 'Nour News', kind: 'name' },
        { alias: 'NOUR NEWS', kind: 'name' },
        { alias: 'nournews.ir', kind: 'domain' },
      ],
    });
    expect(created).toMatchObject({ name: 'Nour News Agency', country: null, stateAffiliated: false, notes: '', claimCount: 0 });
    expect(created.aliases).toEqual([
      { alias: 'Nour News', kind: 'name' },
      { alias: 'nournews.ir', kind: 'domain' },
    ]);
    expect((await h.call<Source[]>('sources.list', { query: 'nournews' })).map((s) => s.id)).toEqual([created.id]);
    expect(h.events).toContainEqual({ type: 'sources.changed' });
    expect(sourceHistory(created.id)).toEqual([{ action: 'create', field: null, oldValue: null, newValue: 'Nour News Agency' }]);
  });

  it('refuses a name another source already has, whatever its case or script', async () => {
    const seeded = await h.failure('sources.create', { name: 'tass', kind: 'newspaper' });
    expect(seeded).toMatchObject({ code: 'conflict', message: expect.stringContaining('"TASS"') });
    await h.call('sources.create', { name: 'Новая газета', kind: 'newspaper' });
    expect((await h.failure('sources.create', { name: 'НОВАЯ  ГАЗЕТА', kind: 'newspaper' })).code).toBe('conflict');
    expect((await h.failure('sources.create', { name: '', kind: 'person' })).code).toBe('invalid_arguments');
    expect((await h.failure('sources.create', { name: 'X', kind: 'blog' })).code).toBe('invalid_arguments');
    expect((await h.failure('sources.create', { name: 'X', kind: 'person', country: 'Iran' })).code).toBe('invalid_arguments');
  });
});

describe('sources.update', () => {
  it('edits fields, replaces the aliases and records each change', async () => {
    const source = await h.call<Source>('sources.create', {
      name: 'Masdar Daily',
      kind: 'website',
      aliases: [{ alias: 'AMN', kind: 'abbreviation' }],
    });
    const updated = await h.call<Source>('sources.update', {
      id: source.id,
      patch: { name: 'Masdar Daily News', country: 'LB', aliases: [{ alias: 'almasdarnews.com', kind: 'domain' }], notes: source.notes },
    });
    expect(updated).toMatchObject({ name: 'Masdar Daily News', country: 'LB', aliases: [{ alias: 'almasdarnews.com', kind: 'domain' }] });
    const changes = sourceHistory(source.id).filter((row) => row.action === 'update');
    expect(changes.map((row) => row.field)).toEqual(['name', 'country', 'aliases']);
    expect(changes[0]).toMatchObject({ oldValue: 'Masdar Daily', newValue: 'Masdar Daily News' });
    expect(JSON.parse(changes[2]!.oldValue!)).toEqual([{ alias: 'AMN', kind: 'abbreviation' }]);
  });

  it('lets a source change the case of its own name but not take another one', async () => {
    const source = await h.call<Source>('sources.create', { name: 'masdar daily', kind: 'website' });
    expect((await h.call<Source>('sources.update', { id: source.id, patch: { name: 'Masdar Daily' } })).name).toBe('Masdar Daily');
    expect((await h.failure('sources.update', { id: source.id, patch: { name: 'Reuters' } })).code).toBe('conflict');
    expect((await h.failure('sources.update', { id: MISSING, patch: { notes: 'x' } })).code).toBe('not_found');
  });
});

describe('sources.merge', () => {
  async function duplicateOfAfp() {
    return h.call<Source>('sources.create', {
      name: 'Agence France Presse (wire)',
      kind: 'wire_agency',
      aliases: [
        { alias: 'afp.com', kind: 'domain' },
        { alias: 'AFP English', kind: 'name' },
      ],
    });
  }

  it('moves aliases, hops and outlets to the target and hides the merged source', async () => {
    const duplicate = await duplicateOfAfp();
    const documentId = await h.importText(IDLIB_ARTICLE);
    const { text } = await h.call<DocumentDetail>('documents.get', { id: documentId });
    h.workbench.db.prepare('UPDATE documents SET outlet_source_id = ? WHERE id = ?').run(duplicate.id, documentId);
    const claim = await h.call<Claim>('claims.create', {
      documentId,
      ...spanOf(text, 'The National Liberation Front rejected'),
      hops: [{ sourceId: duplicate.id, kind: 'paraphrase' }],
    });
    h.events.length = 0;

    const merged = await h.call<Source>('sources.merge', { fromId: duplicate.id, intoId: AFP });
    expect(merged.id).toBe(AFP);
    expect(merged.claimCount).toBe(1);
    const aliases = merged.aliases.map((alias) => alias.alias);
    expect(aliases).toEqual(expect.arrayContaining(['AFP English', 'Agence France Presse (wire)']));
    expect(aliases.filter((alias) => alias.toLowerCase() === 'afp.com')).toHaveLength(1);

    expect((await h.call<Claim>('claims.get', { id: claim.id })).hops[0]).toMatchObject({ sourceId: AFP, sourceName: 'AFP' });
    const outlet = h.workbench.db.prepare('SELECT outlet_source_id AS id FROM documents WHERE id = ?').get(documentId);
    expect(outlet).toEqual({ id: AFP });
    expect((await h.call<Source[]>('sources.list', {})).some((source) => source.id === duplicate.id)).toBe(false);
    expect((await h.call<Source>('sources.get', { id: duplicate.id })).id).toBe(AFP);
    expect(h.events).toEqual(
      expect.arrayContaining([{ type: 'sources.changed' }, { type: 'claims.changed', documentId, ids: [claim.id] }]),
    );
    expect(sourceHistory(duplicate.id).at(-1)).toMatchObject({ action: 'merge', oldValue: 'Agence France Presse (wire)', newValue: 'AFP' });

    // The merged source's name is free again as a name, and using its ID lands on the target.
    const reused = await h.call<Claim>('claims.setChain', { id: claim.id, hops: [{ sourceId: duplicate.id, kind: 'quote' }] });
    expect(reused.hops[0]!.sourceId).toBe(AFP);
  });

  it('refuses merging a source into itself, unknown sources and sources merged already', async () => {
    const duplicate = await duplicateOfAfp();
    const self = await h.failure('sources.merge', { fromId: AFP, intoId: AFP });
    expect(self).toMatchObject({ code: 'invalid_arguments', message: expect.stringMatching(/into itself/) });
    expect((await h.failure('sources.merge', { fromId: MISSING, intoId: AFP })).code).toBe('not_found');
    await h.call('sources.merge', { fromId: duplicate.id, intoId: AFP });
    expect((await h.failure('sources.merge', { fromId: duplicate.id, intoId: TASS.id })).code).toBe('conflict');
    expect((await h.failure('sources.merge', { fromId: TASS.id, intoId: duplicate.id })).code).toBe('conflict');
    expect((await h.failure('sources.update', { id: duplicate.id, patch: { notes: 'x' } })).code).toBe('conflict');
  });
});
