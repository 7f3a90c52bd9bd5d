import { describe, expect, it } from 'vitest';

import { CLAIM_STATUSES, type ClaimStatus } from '../../../../core/domain.js';
import { canMoveStatus, nextStatuses, statusMoveError } from '../../../../core/review/transitions.js';

// The whole table, written out by hand so a change to the rule has to change this too.
const EXPECTED: Record<ClaimStatus, Record<ClaimStatus, boolean>> = {
  unreviewed: { unreviewed: true, in_progress: true, in_review: false, done: false },
  in_progress: { unreviewed: true, in_progress: true, in_review: true, done: false },
  in_review: { unreviewed: true, in_progress: true, in_review: true, done: true },
  done: { unreviewed: true, in_progress: true, in_review: true, done: true },
};

describe('the review workflow', () => {
  for (const from of CLAIM_STATUSES) {
    for (const to of CLAIM_STATUSES) {
      const allowed = EXPECTED[from][to];
      it(`${allowed ? 'allows' : 'refuses'} ${from} → ${to}`, () => {
        expect(canMoveStatus(from, to)).toBe(allowed);
        expect(statusMoveError(from, to) === null).toBe(allowed);
      });
    }
  }

  it('lists where a claim can go next, in workflow order', () => {
    expect(nextStatuses('unreviewed')).toEqual(['in_progress']);
    expect(nextStatuses('in_progress')).toEqual(['unreviewed', 'in_review']);
    expect(nextStatuses('in_review')).toEqual(['unreviewed', 'in_progress', 'done']);
    expect(nextStatuses('done')).toEqual(['unreviewed', 'in_progress', 'in_review']);
  });

  it('says which step comes next when a claim tries to skip ahead', () => {
    expect(statusMoveError('unreviewed', 'done')).toBe(
      'A claim moves forward one step at a time: this claim is unreviewed, so it can go to in progress next, not straight to done.',
    );
    expect(statusMoveError('in_progress', 'done')).toMatch(/in progress, so it can go to in review next/);
  });
});
