import { describe, expect, it } from 'vitest';

import type { Rating } from '../../../../core/domain.js';
import { claimTone, shortQuote, verdictsInUse } from '../../../../renderer/claims/claim-tones.js';

const FALSE: Rating = {
  id: 'r-false',
  key: 'false',
  label: 'False',
  color: '#c2342e',
  ordinal: 6,
  ratingValue: 1,
  description: '',
  archived: false,
};
const TRUE: Rating = {
  id: 'r-true',
  key: 'true',
  label: 'True',
  color: '#1f7a45',
  ordinal: 1,
  ratingValue: 7,
  description: '',
  archived: false,
};

describe('claim colours', () => {
  it('paints a claim with a verdict in the rating colour, otherwise by status', () => {
    const ratings = new Map([[FALSE.id, FALSE]]);
    expect(claimTone({ status: 'in_review', ratingId: FALSE.id }, ratings)).toEqual({
      by: 'verdict',
      color: '#c2342e',
      label: 'False',
      ratingId: FALSE.id,
    });
    expect(claimTone({ status: 'in_review', ratingId: null }, ratings)).toEqual({ by: 'status', status: 'in_review', label: 'In review' });
    // A verdict whose rating is unknown (deleted meanwhile) falls back to the status.
    expect(claimTone({ status: 'done', ratingId: 'gone' }, ratings).by).toBe('status');
  });

  it('lists in the legend only the verdicts given in the document, in scale order', () => {
    expect(verdictsInUse([{ ratingId: FALSE.id }, { ratingId: null }, { ratingId: TRUE.id }], [TRUE, FALSE])).toEqual([TRUE, FALSE]);
  });

  it('shortens long quotes on a word-free cut with an ellipsis', () => {
    expect(shortQuote('a  b\n c')).toBe('a b c');
    expect(shortQuote('x'.repeat(100), 10)).toBe(`${'x'.repeat(9)}…`);
  });
});
