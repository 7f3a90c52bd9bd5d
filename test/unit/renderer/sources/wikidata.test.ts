import { describe, expect, it } from 'vitest';

import { wikidataIdOf, wikidataUrl } from '../../../../renderer/sources/wikidata.js';

describe('wikidataUrl', () => {
  it('is the item page on wikidata.org', () => {
    expect(wikidataUrl('Q130879')).toBe('https://www.wikidata.org/wiki/Q130879');
  });

  it('is nothing for no item, or for a stored value that is not an item ID (from a bundle, say)', () => {
    expect(wikidataUrl(null)).toBeNull();
    expect(wikidataUrl('javascript:alert(1)')).toBeNull();
    expect(wikidataUrl('Q130879/../../evil')).toBeNull();
    expect(wikidataUrl('Q0')).toBeNull();
  });
});

describe('wikidataIdOf', () => {
  it('takes the ID from an item page or concept URI, however it was pasted', () => {
    expect(wikidataIdOf('https://www.wikidata.org/wiki/Q130879')).toBe('Q130879');
    expect(wikidataIdOf('http://www.wikidata.org/entity/Q130879')).toBe('Q130879');
    expect(wikidataIdOf('https://m.wikidata.org/wiki/Q130879?uselang=ru#P31')).toBe('Q130879');
    expect(wikidataIdOf('wikidata.org/wiki/q130879')).toBe('Q130879');
  });

  it('raises a lower-case q, trims, and is null for an empty field', () => {
    expect(wikidataIdOf(' q130879 ')).toBe('Q130879');
    expect(wikidataIdOf('   ')).toBeNull();
  });

  it('leaves anything else as typed, for the API to explain', () => {
    expect(wikidataIdOf('TASS')).toBe('TASS');
    expect(wikidataIdOf('https://en.wikipedia.org/wiki/TASS')).toBe('https://en.wikipedia.org/wiki/TASS');
  });
});
