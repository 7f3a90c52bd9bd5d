import { describe, expect, it } from 'vitest';

import { forwardStatus, moveBlockedBy, statusChoices } from '../../../../renderer/verification/status-choices.js';

const RATED = 'a0000000-0000-4000-8000-000000000001';

describe('the status control', () => {
  it('offers the next step and every earlier one, never a jump ahead', () => {
    const choices = statusChoices({ status: 'unreviewed', ratingId: null, rationaleText: '' });
    const open = choices.filter((choice) => !choice.current && choice.blockedBy === null).map((choice) => choice.status);
    expect(open).toEqual(['in_progress']);
    expect(choices.find((choice) => choice.status === 'done')?.blockedBy).toBe(
      'Move the claim to in progress and then in review first: the workflow goes one step at a time.',
    );
    expect(choices.find((choice) => choice.status === 'in_review')?.blockedBy).toMatch(/^Move the claim to in progress first/u);
  });

  it('lets a done claim be reopened or sent back to any earlier step', () => {
    const choices = statusChoices({ status: 'done', ratingId: RATED, rationaleText: 'Checked against the ministry release.' });
    expect(choices.filter((choice) => choice.blockedBy === null && !choice.current).map((c) => c.status)).toEqual([
      'unreviewed',
      'in_progress',
      'in_review',
    ]);
  });

  it('holds back Done while a verdict has no rationale, with the rule in words', () => {
    const state = { status: 'in_review' as const, ratingId: RATED, rationaleText: '   ' };
    expect(moveBlockedBy(state, 'done')).toBe('Write the rationale before marking a claim done with a verdict.');
    expect(moveBlockedBy({ ...state, rationaleText: 'The figure comes from the 2019 census.' }, 'done')).toBeNull();
    // Without a verdict (not worth checking) a claim may be done with no rationale.
    expect(moveBlockedBy({ ...state, ratingId: null }, 'done')).toBeNull();
  });

  it('steps forward one status per press, and reopens a done claim', () => {
    expect(forwardStatus('unreviewed')).toBe('in_progress');
    expect(forwardStatus('in_progress')).toBe('in_review');
    expect(forwardStatus('in_review')).toBe('done');
    expect(forwardStatus('done')).toBe('in_progress');
  });
});
