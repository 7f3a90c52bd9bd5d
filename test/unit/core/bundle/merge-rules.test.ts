import { describe, expect, it } from 'vitest';

import { chooseVersion, differingFields, lastChangeOf } from '../../../../core/bundle/merge-rules.js';

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
