import { describe, expect, it } from 'vitest';

import { EVIDENCE_KINDS } from '../../../../core/domain.js';
import { EVIDENCE_KIND_LABELS } from '../../../../core/vocabulary/evidence-kinds.js';
import { expectWordsForEvery } from './domain-coverage.js';

describe('evidence kinds', () => {
  it('word every evidence kind', () => {
    expectWordsForEvery(EVIDENCE_KINDS, EVIDENCE_KIND_LABELS);
    expect(EVIDENCE_KIND_LABELS).toEqual({ url: 'Link', passage: 'Passage', file: 'File' });
  });
});
