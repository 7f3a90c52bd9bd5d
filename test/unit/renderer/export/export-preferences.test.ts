import { describe, expect, it } from 'vitest';

import {
  DEFAULT_EXPORT_PREFERENCES,
  type ExportPreferences,
  preferencesKey,
  readExportPreferences,
  writeExportPreferences,
} from '../../../../renderer/export/export-preferences.js';

function memoryStorage() {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
  };
}

const IDLIB = 'b7a1c2d3-e4f5-4a6b-8c7d-9e0f1a2b3c4d';
const GRAIN = 'c8b2d3e4-f5a6-4b7c-9d8e-0f1a2b3c4d5e';

describe('remembered export choices', () => {
  it('come back as they were saved, for the workbench they were saved for only', () => {
    const storage = memoryStorage();
    const chosen: ExportPreferences = {
      scope: 'workbench',
      narrowing: 'done',
      choice: 'claimreview-script',
      bom: true,
      history: true,
      revisionNotes: false,
      title: 'Evening fact-checks',
    };
    writeExportPreferences(storage, IDLIB, chosen);
    expect(readExportPreferences(storage, IDLIB)).toEqual(chosen);
    expect(readExportPreferences(storage, GRAIN)).toEqual(DEFAULT_EXPORT_PREFERENCES);
    expect([...storage.items.keys()]).toEqual([preferencesKey(IDLIB)]);
  });

  it('default to the HTML report of everything, with the audit history left out and the notes on changed claims in', () => {
    expect(DEFAULT_EXPORT_PREFERENCES).toEqual({
      scope: null,
      narrowing: 'all',
      choice: 'html',
      bom: false,
      history: false,
      revisionNotes: true,
      title: '',
    });
  });

  it('fall back field by field when what is stored is not what this version writes', () => {
    const storage = memoryStorage();
    storage.setItem(
      preferencesKey(IDLIB),
      JSON.stringify({ scope: 'everything', narrowing: 'done', choice: 'docx', bom: 'yes', revisionNotes: 'no', title: 7 }),
    );
    expect(readExportPreferences(storage, IDLIB)).toEqual({ ...DEFAULT_EXPORT_PREFERENCES, narrowing: 'done' });
    storage.setItem(preferencesKey(IDLIB), '{not json');
    expect(readExportPreferences(storage, IDLIB)).toEqual(DEFAULT_EXPORT_PREFERENCES);
    storage.setItem(preferencesKey(IDLIB), JSON.stringify({ title: 'x'.repeat(301) }));
    expect(readExportPreferences(storage, IDLIB).title).toBe('');
  });

  it('survive storage that refuses to be written or read', () => {
    const refusing = {
      getItem: () => null,
      setItem: () => {
        throw new DOMException('quota exceeded', 'QuotaExceededError');
      },
    };
    expect(() => writeExportPreferences(refusing, IDLIB, DEFAULT_EXPORT_PREFERENCES)).not.toThrow();
    expect(readExportPreferences(null, IDLIB)).toEqual(DEFAULT_EXPORT_PREFERENCES);
  });
});
