import { describe, expect, it } from 'vitest';

import { chooseVersion, differingFields, lastChangeOf, matchingSourceId, soleItemHolders } from '../../../../core/bundle/merge-rules.js';

const created = '2026-03-01T09:00:00.000Z';

describe('which version of a row a merge keeps', () => {
  it('keeps the later change', () => {
    const local = lastChangeOf({ createdAt: created, updatedAt: '2026-03-02T10:00:00.000Z' });
    const later = lastChangeOf({ createdAt: created, updatedAt: '2026-03-02T10:00:00.001Z' });
    expect(chooseVersion(local, later, false)).toBe('incoming');
    expect(chooseVersion(later, local, false)).toBe('local');
  });

  it('keeps the workbench’s version of two changes made at the same moment', () => {
    const at = lastChangeOf({ createdAt: created, updatedAt: '2026-03-02T10:00:00.000Z' });
    expect(chooseVersion(at, at, false)).toBe('local');
  });

  it('lets a row nobody changed yield to the other side, whatever its clock says', () => {
    // A seed source created today in a new workbench against the same source edited last year.
    const seededToday = lastChangeOf({ createdAt: '2026-11-22T08:00:00.000Z', updatedAt: '2026-11-22T08:00:00.000Z' });
    const editedLastYear = lastChangeOf({ createdAt: '2025-01-01T08:00:00.000Z', updatedAt: '2025-02-01T08:00:00.000Z' });
    expect(seededToday).toBeNull();
    expect(chooseVersion(seededToday, editedLastYear, false)).toBe('incoming');
    expect(chooseVersion(editedLastYear, null, false)).toBe('local');
  });

  it('has nothing to decide for identical rows', () => {
    expect(chooseVersion(null, null, true)).toBe('same');
    expect(chooseVersion(5, 9, true)).toBe('same');
  });

  it('compares times, not their spelling', () => {
    expect(lastChangeOf({ createdAt: '2026-03-01T10:00:00+01:00', updatedAt: '2026-03-01T09:00:00.000Z' })).toBeNull();
  });

  it('names the fields that differ, arrays and objects included', () => {
    const a = { name: 'TASS', aliases: [{ alias: 'ТАСС', kind: 'name' }], notes: '' };
    const b = { name: 'TASS', aliases: [{ alias: 'ТАСС', kind: 'abbreviation' }], notes: 'state' };
    expect(differingFields(a, b, ['name', 'aliases', 'notes'])).toEqual(['aliases', 'notes']);
    expect(differingFields(a, structuredClone(a), ['name', 'aliases', 'notes'])).toEqual([]);
  });
});

describe('which source here a new source of a bundle is', () => {
  const byItem = soleItemHolders([
    { id: 'tass', wikidataId: 'Q223799' },
    { id: 'naji', wikidataId: null },
    { id: 'ministry', wikidataId: 'Q900006' },
    { id: 'press-office', wikidataId: 'Q900006' },
  ]);
  const byName = new Map([
    ['tass', 'tass'],
    ['naji mustafa', 'naji'],
    ['al-manara', 'manara'],
  ]);

  it('keeps only the items one source holds', () => {
    expect([...byItem]).toEqual([['Q223799', 'tass']]);
  });

  it('matches by Wikidata item first, whatever the name', () => {
    expect(matchingSourceId({ name: 'ТАСС', wikidataId: 'Q223799' }, byItem, byName)).toBe('tass');
    // The item wins over another source's name.
    expect(matchingSourceId({ name: 'Al-Manara', wikidataId: 'Q223799' }, byItem, byName)).toBe('tass');
  });

  it('falls back to the folded name when the item matches nothing, or nothing for certain', () => {
    expect(matchingSourceId({ name: 'NAJI  Mustafa', wikidataId: 'Q900002' }, byItem, byName)).toBe('naji');
    expect(matchingSourceId({ name: 'Naji Mustafa', wikidataId: null }, byItem, byName)).toBe('naji');
    expect(matchingSourceId({ name: 'MoI', wikidataId: 'Q900006' }, byItem, byName)).toBeNull();
    expect(matchingSourceId({ name: 'Someone new', wikidataId: null }, byItem, byName)).toBeNull();
  });
});
