import { describe, expect, it } from 'vitest';

import { SOURCE_KINDS } from '../../../../core/domain.js';
import { SOURCE_KIND_LABELS, SOURCE_KIND_NOUNS } from '../../../../core/vocabulary/source-kinds.js';
import { expectWordsForEvery } from './domain-coverage.js';

describe('source kinds', () => {
  it('word every source kind, as a label and as a noun', () => {
    expectWordsForEvery(SOURCE_KINDS, SOURCE_KIND_LABELS);
    expectWordsForEvery(SOURCE_KINDS, SOURCE_KIND_NOUNS);
  });

  it('call an unnamed source "Unnamed" beside its name, and an unnamed source in a sentence', () => {
    expect(SOURCE_KIND_LABELS.unnamed).toBe('Unnamed');
    expect(SOURCE_KIND_NOUNS.unnamed).toBe('unnamed source');
  });

  it('use the label’s own words as the noun for every other kind', () => {
    for (const kind of SOURCE_KINDS.filter((kind) => kind !== 'unnamed'))
      expect(SOURCE_KIND_NOUNS[kind]).toBe(SOURCE_KIND_LABELS[kind].toLowerCase());
  });
});
