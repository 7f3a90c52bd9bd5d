import { describe, expect, it } from 'vitest';
import { reviewMethods } from '../../../../core/api/review.js';
import { activeFilterCount, NO_FILTERS, queueArgs } from '../../../../renderer/review/queue-filters.js';

const schema = reviewMethods['review.queue'].args;
const SOURCE = '0b7d8a52-7f0e-4f0c-9a57-0f6f5a3c2b11';

describe('review queue filters', () => {
  it('send only the filters that are set, in a shape the API accepts', () => {
    expect(queueArgs(NO_FILTERS, 500)).toEqual({ limit: 500, sort: 'document' });
    const args = queueArgs({ ...NO_FILTERS, status: 'in_review', verdict: 'none', sourceId: SOURCE, tag: ' energy ', reviewer: '  ' }, 500);
    expect(args).toEqual({ limit: 500, sort: 'document', status: ['in_review'], ratingIds: ['none'], sourceId: SOURCE, tag: 'energy' });
    expect(schema.safeParse(args).success).toBe(true);
  });

  it('count the filters in use, ignoring blank text', () => {
    expect(activeFilterCount(NO_FILTERS)).toBe(0);
    expect(activeFilterCount({ ...NO_FILTERS, tag: '  ', reviewer: 'Dana', status: 'done' })).toBe(2);
  });
});
