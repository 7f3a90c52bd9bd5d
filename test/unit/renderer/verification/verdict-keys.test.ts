import { describe, expect, it } from 'vitest';

import type { Rating } from '../../../../core/domain.js';
import { keyForRating, verdictForKey } from '../../../../renderer/verification/verdict-keys.js';

function rating(key: string, ordinal: number, archived = false): Rating {
  return { id: `id-${key}`, key, label: key, color: '#000000', ordinal, ratingValue: null, description: '', archived };
}

const scale = [rating('false', 5), rating('true', 0), rating('retired', 1, true), rating('mixed', 2)];

describe('verdict number keys', () => {
  it('number the current ratings in scale order, skipping archived ones', () => {
    expect(verdictForKey(scale, '1')).toEqual({ kind: 'rating', rating: scale[1] });
    expect(verdictForKey(scale, '2')).toEqual({ kind: 'rating', rating: scale[3] });
    expect(verdictForKey(scale, '3')).toEqual({ kind: 'rating', rating: scale[0] });
    expect(keyForRating(scale, 'id-retired')).toBeNull();
    expect(keyForRating(scale, 'id-false')).toBe('3');
  });

  it('take the verdict away with 0 and ignore keys beyond the scale or not digits', () => {
    expect(verdictForKey(scale, '0')).toEqual({ kind: 'none' });
    expect(verdictForKey(scale, '4')).toBeNull();
    expect(verdictForKey(scale, 'j')).toBeNull();
    expect(verdictForKey(scale, 'F1')).toBeNull();
  });
});
