import { describe, expect, it } from 'vitest';

import type { RatingInUse } from '../../../../core/api/ratings.js';
import { describeBars, statusBars, verdictBars } from '../../../../renderer/tracing/trace-summary.js';

const rating = (key: string, label: string, ordinal: number, archived = false): RatingInUse => ({
  id: `id-${key}`,
  key,
  label,
  color: `#${String(ordinal).padStart(6, '0')}`,
  ordinal,
  ratingValue: null,
  description: '',
  archived,
  claimCount: 0,
});

describe('trace charts', () => {
  it('lists every status in workflow order, empty ones included', () => {
    const bars = statusBars({ unreviewed: 2, in_progress: 0, in_review: 1, done: 4 });
    expect(bars.map((bar) => [bar.label, bar.count])).toEqual([
      ['Unreviewed', 2],
      ['In progress', 0],
      ['In review', 1],
      ['Done', 4],
    ]);
    expect(describeBars(bars)).toBe('2 Unreviewed, 1 In review, 4 Done');
  });

  it('orders verdicts as the scale does, in its colours, with claims lacking one last', () => {
    const ratings = [
      rating('false', 'False', 2),
      rating('true', 'True', 0),
      rating('old', 'Retired', 3, true),
      rating('mixed', 'Mixed', 1),
    ];
    const bars = verdictBars({ true: 1, mixed: 0, false: 3, old: 0, unrated: 2 }, ratings);
    expect(bars.map((bar) => bar.label)).toEqual(['True', 'Mixed', 'False', 'No verdict yet']);
    expect(bars[2]).toMatchObject({ count: 3, color: '#000002' });
    expect(describeBars(bars)).toBe('1 True, 3 False, 2 No verdict yet');
  });

  it('keeps an archived rating that claims still carry, and a key the scale no longer knows', () => {
    const bars = verdictBars({ true: 0, old: 2, gone: 1, unrated: 0 }, [rating('true', 'True', 0), rating('old', 'Retired', 1, true)]);
    expect(bars.map((bar) => [bar.label, bar.count])).toEqual([
      ['True', 0],
      ['Retired', 2],
      ['gone', 1],
      ['No verdict yet', 0],
    ]);
    expect(describeBars(verdictBars({ unrated: 0 }, []))).toBe('none');
  });
});
