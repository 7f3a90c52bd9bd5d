import { describe, expect, it } from 'vitest';

import { reviewMethods } from '../../../../core/api/review.js';
import {
  activeFilterCount,
  ANY_REVIEWER,
  NO_FILTERS,
  queueArgs,
  reviewerChoice,
  UNASSIGNED_CHOICE,
  withReviewerChoice,
} from '../../../../renderer/review/queue-filters.js';

const schema = reviewMethods['review.queue'].args;
const SOURCE = '0b7d8a52-7f0e-4f0c-9a57-0f6f5a3c2b11';

describe('review queue filters', () => {
  it('send only the filters that are set, in a shape the API accepts', () => {
    expect(queueArgs(NO_FILTERS, 500)).toEqual({ limit: 500, sort: 'document' });
    const args = queueArgs({ ...NO_FILTERS, status: 'in_review', verdict: 'none', sourceId: SOURCE, tag: ' energy ', reviewer: '  ' }, 500);
    expect(args).toEqual({ limit: 500, sort: 'document', status: ['in_review'], ratingIds: ['none'], sourceId: SOURCE, tag: 'energy' });
    expect(schema.safeParse(args).success).toBe(true);
  });

  it('ask for single-origin claims as the API accepts', () => {
    const args = queueArgs({ ...NO_FILTERS, origin: 'single-unnamed' }, 100);
    expect(args).toEqual({ limit: 100, sort: 'document', origin: 'single-unnamed' });
    expect(schema.safeParse(args).success).toBe(true);
    expect(activeFilterCount({ ...NO_FILTERS, origin: 'single' })).toBe(1);
  });

  it('ask for claims changed after publication as the API accepts', () => {
    const args = queueArgs({ ...NO_FILTERS, revised: true }, 100);
    expect(args).toEqual({ limit: 100, sort: 'document', revised: true });
    expect(schema.safeParse(args).success).toBe(true);
    expect(activeFilterCount({ ...NO_FILTERS, revised: true })).toBe(1);
  });

  it('ask for flagged chains and orphans as the API accepts', () => {
    const args = queueArgs({ ...NO_FILTERS, chain: 'flagged', orphaned: true }, 100);
    expect(args).toEqual({ limit: 100, sort: 'document', chain: 'flagged', orphaned: true });
    expect(schema.safeParse(args).success).toBe(true);
    expect(activeFilterCount({ ...NO_FILTERS, chain: 'unknown', orphaned: true })).toBe(2);
  });

  it('count the filters in use, ignoring blank text', () => {
    expect(activeFilterCount(NO_FILTERS)).toBe(0);
    expect(activeFilterCount({ ...NO_FILTERS, tag: '  ', reviewer: 'Dana', status: 'done' })).toBe(2);
    expect(activeFilterCount({ ...NO_FILTERS, unassigned: true })).toBe(1);
  });

  it('ask for one reviewer’s claims or for the unassigned ones, as the API accepts', () => {
    const dana = withReviewerChoice(NO_FILTERS, 'Dana Okafor');
    expect(queueArgs(dana, 100)).toEqual({ limit: 100, sort: 'document', reviewer: 'Dana Okafor' });
    expect(reviewerChoice(dana)).toBe('Dana Okafor');

    const nobody = withReviewerChoice(dana, UNASSIGNED_CHOICE);
    expect(nobody).toMatchObject({ reviewer: '', unassigned: true });
    expect(queueArgs(nobody, 100)).toEqual({ limit: 100, sort: 'document', unassigned: true });
    expect(schema.safeParse(queueArgs(nobody, 100)).success).toBe(true);
    expect(reviewerChoice(nobody)).toBe(UNASSIGNED_CHOICE);

    // Even a stale reviewer name beside "unassigned" never sends both, which the API refuses.
    expect(schema.safeParse(queueArgs({ ...nobody, reviewer: 'Dana Okafor' }, 100)).success).toBe(true);
    expect(withReviewerChoice(nobody, ANY_REVIEWER)).toEqual(NO_FILTERS);
  });
});
