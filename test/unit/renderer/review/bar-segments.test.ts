import { describe, expect, it } from 'vitest';

import type { Rating } from '../../../../core/domain.js';
import { barSegments, UNRATED_COLOR } from '../../../../renderer/review/bar-segments.js';

const rating = (key: string, ordinal: number, color: string): Rating => ({
  id: `id-${key}`,
  key,
  label: key.toUpperCase(),
  color,
  ordinal,
  ratingValue: null,
  description: '',
  archived: false,
});

const scale = [rating('false', 2, '#ff0000'), rating('true', 0, '#00ff00'), rating('mixed', 1, '#ffff00')];

describe('stacked verdict bars', () => {
  it('stack the ratings in scale order, unrated last, each as wide as its share', () => {
    const segments = barSegments({ true: 1, mixed: 0, false: 2, unrated: 1 }, scale, 100);
    expect(segments.map((s) => [s.verdict, s.color, s.x, s.width])).toEqual([
      ['id-true', '#00ff00', 0, 25],
      ['id-false', '#ff0000', 25, 50],
      ['none', UNRATED_COLOR, 75, 25],
    ]);
  });

  it('draw nothing for a row without claims', () => {
    expect(barSegments({ true: 0, unrated: 0 }, scale, 100)).toEqual([]);
  });
});
