import { describe, expect, it } from 'vitest';

import { HOP_KINDS } from '../../../../core/domain.js';
import { HOP_KIND_AFTER_SOURCE, HOP_KIND_LABELS, HOP_KIND_ON_LINK } from '../../../../core/vocabulary/hop-kinds.js';
import { expectWordsForEvery } from './domain-coverage.js';

describe('hop kinds', () => {
  it('word every hop kind in every position', () => {
    expectWordsForEvery(HOP_KINDS, HOP_KIND_LABELS);
    expectWordsForEvery(HOP_KINDS, HOP_KIND_AFTER_SOURCE);
    expectWordsForEvery(HOP_KINDS, HOP_KIND_ON_LINK);
  });

  it('say a cited source was cited, and a source on a graph link was citing', () => {
    // "Fars → Arab sources (cited)": the words follow the source that was drawn on.
    expect(HOP_KIND_AFTER_SOURCE.citing).toBe('cited');
    // "Gulf Gazette → Fars (citing)": the words follow the source that drew on the other.
    expect(HOP_KIND_ON_LINK.citing).toBe('citing');
    expect(HOP_KIND_LABELS.citing).toBe('Citing');
  });

  it('word the other kinds alike wherever they stand', () => {
    for (const kind of HOP_KINDS.filter((kind) => kind !== 'citing')) expect(HOP_KIND_ON_LINK[kind]).toBe(HOP_KIND_AFTER_SOURCE[kind]);
  });
});
