import { describe, expect, it } from 'vitest';

import { describeClaimFilter } from '../../../../core/reports/scope-label.js';

const ratings = new Map([
  ['0c6f3a9e-2d4b-5e8a-9b1c-3f7d2e6a0b06', 'False'],
  ['0c6f3a9e-2d4b-5e8a-9b1c-3f7d2e6a0b05', 'Mostly false'],
]);

describe('what a narrowed report covers, in words', () => {
  it('says nothing when nothing is narrowed', () => {
    expect(describeClaimFilter(undefined, { ratings })).toBeNull();
    expect(describeClaimFilter({}, { ratings })).toBeNull();
  });

  it('names "Done only" and "Rated only" the way an editor says them', () => {
    expect(describeClaimFilter({ status: ['done'] }, { ratings })).toBe('Done claims');
    expect(describeClaimFilter({ rated: true }, { ratings })).toBe('Claims with a verdict');
    expect(describeClaimFilter({ status: ['in_review', 'done'], rated: true }, { ratings })).toBe(
      'In review or Done claims with a verdict',
    );
    expect(describeClaimFilter({ status: [] }, { ratings })).toBe('Claims of no status');
  });

  it('spells out a review queue’s filters with the names the workbench gives them', () => {
    expect(
      describeClaimFilter(
        {
          status: ['done'],
          ratingIds: ['0c6f3a9e-2d4b-5e8a-9b1c-3f7d2e6a0b06', '0c6f3a9e-2d4b-5e8a-9b1c-3f7d2e6a0b05', 'none'],
          sourceId: '00000000-0000-4000-8000-000000000001',
          tag: 'idlib',
          reviewer: 'Leila Ahmadi',
        },
        { ratings, source: 'TASS' },
      ),
    ).toBe('Done claims rated False or Mostly false or without a verdict, attributed to TASS, tagged “idlib”, assigned to Leila Ahmadi');
    expect(describeClaimFilter({ unassigned: true }, { ratings })).toBe('Claims assigned to nobody');
    expect(describeClaimFilter({ sourceId: '00000000-0000-4000-8000-000000000001' }, { ratings, source: null })).toBe(
      'Claims attributed to a source no longer in the registry',
    );
  });
});
