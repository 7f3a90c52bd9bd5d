import { describe, expect, it } from 'vitest';

import { claimPatchSchema } from '../../../../core/api/claim-inputs.js';
import { reviewMethods } from '../../../../core/api/review.js';
import { cleanAssignee, knownReviewerNames, sameReviewer, UNNAMED_ACTOR } from '../../../../core/review/assignee.js';

describe('claim assignees', () => {
  it('are names as typed, with nothing meaning nobody', () => {
    expect(cleanAssignee('  Dana Okafor ')).toBe('Dana Okafor');
    expect(cleanAssignee('   ')).toBeNull();
    expect(cleanAssignee(null)).toBeNull();
    expect(claimPatchSchema.parse({ assignee: ' Leila Ahmadi ' })).toEqual({ assignee: 'Leila Ahmadi' });
    expect(claimPatchSchema.parse({ assignee: '' })).toEqual({ assignee: null });
    expect(claimPatchSchema.parse({ assignee: null })).toEqual({ assignee: null });
    expect(claimPatchSchema.safeParse({ assignee: 'x'.repeat(201) }).success).toBe(false);
  });

  it('name the same reviewer whatever the case or script', () => {
    expect(sameReviewer('Dana Okafor', 'dana  OKAFOR')).toBe(true);
    expect(sameReviewer('Мария Иванова', 'МАРИЯ ИВАНОВА')).toBe(true);
    expect(sameReviewer('Dana Okafor', 'Dana Okafo')).toBe(false);
    expect(sameReviewer(null, null)).toBe(true);
    expect(sameReviewer('Dana Okafor', null)).toBe(false);
  });

  it('are offered once per person, alphabetically, in the first list’s spelling, never as the unnamed placeholder', () => {
    expect(knownReviewerNames(['Omid Karimi'], ['omid karimi', 'Leila Ahmadi', ''], ['OMID KARIMI', UNNAMED_ACTOR, 'Ángela Ruiz'])).toEqual(
      ['Ángela Ruiz', 'Leila Ahmadi', 'Omid Karimi'],
    );
    expect(knownReviewerNames([''], [], [UNNAMED_ACTOR])).toEqual([]);
  });
});

describe('the review queue’s reviewer filters', () => {
  const args = reviewMethods['review.queue'].args;

  it('ask for one reviewer’s claims or for the unassigned ones, never both at once', () => {
    expect(args.safeParse({ reviewer: 'Dana Okafor' }).success).toBe(true);
    expect(args.safeParse({ unassigned: true }).success).toBe(true);
    expect(args.safeParse({ unassigned: false }).success).toBe(false);
    expect(args.safeParse({ reviewer: 'Dana Okafor', unassigned: true }).success).toBe(false);
  });
});
