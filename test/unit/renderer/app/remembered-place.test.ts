// Where the reviewer was in a workbench — the document list's order and filters, the open
// document — kept per workbench on this machine, and read back only when it still makes sense.
import { describe, expect, it } from 'vitest';

import { placeKey, readPlace, rememberPlace } from '../../../../renderer/app/remembered-place.js';
import { DEFAULT_QUERY, type DocumentQuery } from '../../../../renderer/library/document-query.js';

function memoryStorage(initial: Record<string, string> = {}) {
  const items = new Map(Object.entries(initial));
  return {
    items,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
  };
}

const WORKBENCH = { id: 'wb-1', path: '/cases/idlib.claimtrace' };
const KEY = placeKey(WORKBENCH);
const BY_OUTLET: DocumentQuery = { ...DEFAULT_QUERY, sort: 'outlet', descending: false, outlet: 'Fars', publishedFrom: '2018-10-01' };

describe('the remembered place in a workbench', () => {
  it('gives each workbench file a place of its own', () => {
    expect(placeKey({ ...WORKBENCH, path: '/cases/idlib copy.claimtrace' })).not.toBe(KEY);
    expect(placeKey({ ...WORKBENCH, id: 'wb-2' })).not.toBe(KEY);
    const storage = memoryStorage();
    rememberPlace(storage, KEY, { documentQuery: BY_OUTLET });
    expect(readPlace(storage, placeKey({ ...WORKBENCH, id: 'wb-2' }))).toEqual({});
  });

  it('keeps the order, the filters and the open document, each change beside the others', () => {
    const storage = memoryStorage();
    rememberPlace(storage, KEY, { documentQuery: BY_OUTLET });
    rememberPlace(storage, KEY, { documentId: 'doc-7' });
    expect(readPlace(storage, KEY)).toEqual({ documentQuery: BY_OUTLET, documentId: 'doc-7' });
    rememberPlace(storage, KEY, { documentId: null });
    expect(readPlace(storage, KEY)).toEqual({ documentQuery: BY_OUTLET, documentId: null });
  });

  it('ignores what it cannot trust: broken JSON, unknown sorts, malformed dates and filters', () => {
    const stored = (value: unknown) => memoryStorage({ [KEY]: typeof value === 'string' ? value : JSON.stringify(value) });
    expect(readPlace(stored('{not json'), KEY)).toEqual({});
    expect(readPlace(stored([1, 2]), KEY)).toEqual({});
    expect(readPlace(stored({ documentQuery: { ...BY_OUTLET, sort: 'wordCount' } }), KEY)).toEqual({});
    expect(readPlace(stored({ documentQuery: { ...BY_OUTLET, descending: 'yes' } }), KEY)).toEqual({});
    expect(readPlace(stored({ documentQuery: { ...BY_OUTLET, publishedTo: '10/2018' } }), KEY)).toEqual({});
    expect(readPlace(stored({ documentQuery: { ...BY_OUTLET, progress: 'half' } }), KEY)).toEqual({});
    expect(readPlace(stored({ documentQuery: BY_OUTLET, documentId: 42 }), KEY)).toEqual({ documentQuery: BY_OUTLET });
    // Only the query's own fields come back, whatever else was stored with it.
    expect(readPlace(stored({ documentQuery: { ...BY_OUTLET, extra: true } }), KEY).documentQuery).toEqual(BY_OUTLET);
  });

  it('works without storage, and when storage refuses to write', () => {
    expect(readPlace(null, KEY)).toEqual({});
    expect(() => rememberPlace(null, KEY, { documentId: 'doc-7' })).not.toThrow();
    const full = {
      getItem: () => null,
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    expect(() => rememberPlace(full, KEY, { documentId: 'doc-7' })).not.toThrow();
  });
});
