import { describe, it } from 'vitest';

import { CHAIN_FILTERS } from '../../../../core/api/review.js';
import { CHAIN_FILTER_LABELS } from '../../../../core/vocabulary/chain-filters.js';
import { expectWordsForEvery } from './domain-coverage.js';

describe('the words for chain filters', () => {
  it('word every choice', () => {
    expectWordsForEvery(CHAIN_FILTERS, CHAIN_FILTER_LABELS);
  });
});
