import { describe, expect, it } from 'vitest';

import { documentsMethods } from '../../../../core/api/documents.js';
import { activeFilterCount, DEFAULT_QUERY, directionLabel, listArguments } from '../../../../renderer/library/document-query.js';

const listSchema = documentsMethods['documents.list'].args;

describe('the document list query', () => {
  it('sends only the filters that are set, in a shape the API accepts', () => {
    const query = { ...DEFAULT_QUERY, outlet: 'TASS', progress: 'open' as const, sort: 'title' as const, descending: false };
    const args = listArguments(query);
    expect(args).toEqual({ sort: 'title', descending: false, outlet: 'TASS', progress: 'open' });
    expect(listSchema.safeParse({ ...args, offset: 0, limit: 500 }).success).toBe(true);
    expect(listSchema.safeParse(listArguments(DEFAULT_QUERY)).success).toBe(true);
  });

  it('sends publication dates in the form the API validates', () => {
    const args = listArguments({ ...DEFAULT_QUERY, publishedFrom: '2018-01-01', publishedTo: '2018-12-31' });
    expect(listSchema.safeParse(args).success).toBe(true);
  });

  it('counts the filters in use', () => {
    expect(activeFilterCount(DEFAULT_QUERY)).toBe(0);
    expect(activeFilterCount({ ...DEFAULT_QUERY, outlet: 'AFP', publishedTo: '2020-01-01' })).toBe(2);
  });

  it('names each direction the way the sort reads', () => {
    expect(directionLabel('title', false)).toBe('A to Z');
    expect(directionLabel('publishedAt', true)).toBe('Newest first');
    expect(directionLabel('progress', true)).toBe('Most done first');
  });
});
