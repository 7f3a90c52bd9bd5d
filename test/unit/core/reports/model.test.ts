import { describe, expect, it } from 'vitest';

import { reportScale } from '../../../../core/reports/model.js';
import { RATINGS } from './fixture-model.js';

describe('reportScale', () => {
  it('orders the ratings and takes the bounds from the numeric ones', () => {
    const shuffled = [RATINGS.unverifiable, RATINGS.false, RATINGS.true, RATINGS.mixed];
    const result = reportScale(shuffled);
    expect(result.ratings.map((r) => r.key)).toEqual(['true', 'mixed', 'false', 'unverifiable']);
    expect([result.worstRating, result.bestRating]).toEqual([1, 6]);
  });
});
