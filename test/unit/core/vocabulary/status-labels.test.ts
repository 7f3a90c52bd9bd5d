import { describe, expect, it } from 'vitest';

import { CLAIM_STATUSES } from '../../../../core/domain.js';
import { STATUS_LABELS } from '../../../../core/vocabulary/status-labels.js';
import { expectWordsForEvery } from './domain-coverage.js';

describe('status labels', () => {
  it('word every claim status', () => {
    expectWordsForEvery(CLAIM_STATUSES, STATUS_LABELS);
  });

  it('read as the review workflow reads', () => {
    expect(CLAIM_STATUSES.map((status) => STATUS_LABELS[status])).toEqual(['Unreviewed', 'In progress', 'In review', 'Done']);
  });
});
