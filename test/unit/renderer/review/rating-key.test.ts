import { describe, expect, it } from 'vitest';

import { ratingsMethods } from '../../../../core/api/ratings.js';
import { moved, ratingKeyFor } from '../../../../renderer/review/rating-key.js';

const keySchema = ratingsMethods['ratings.create'].args;

describe('a new rating’s key', () => {
  it('is made from the label in the form the API requires', () => {
    for (const label of ['Satire', 'Mostly  true!', 'Désinformation', '2nd opinion', '???']) {
      const key = ratingKeyFor(label, []);
      expect(keySchema.safeParse({ key, label, color: '#123456' }).success, `${label} → ${key}`).toBe(true);
    }
    expect(ratingKeyFor('Mostly  true!', [])).toBe('mostly_true');
    expect(ratingKeyFor('Désinformation', [])).toBe('desinformation');
  });

  it('never repeats a key already on the scale', () => {
    expect(ratingKeyFor('False', ['false'])).toBe('false_2');
    expect(ratingKeyFor('False', ['false', 'false_2'])).toBe('false_3');
  });
});

describe('moving a rating on the scale', () => {
  it('swaps it with its neighbour and stops at the ends', () => {
    expect(moved(['a', 'b', 'c'], 'b', -1)).toEqual(['b', 'a', 'c']);
    expect(moved(['a', 'b', 'c'], 'c', 1)).toEqual(['a', 'b', 'c']);
  });
});
