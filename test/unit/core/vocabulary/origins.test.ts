import { describe, expect, it } from 'vitest';

import { ORIGIN_FILTERS, ORIGIN_FLAGS } from '../../../../core/review/origins.js';
import {
  ORIGIN_FILTER_LABELS,
  ORIGIN_FLAG_HINTS,
  ORIGIN_FLAG_LABELS,
  originName,
  originsLine,
} from '../../../../core/vocabulary/origins.js';
import { expectWordsForEvery } from './domain-coverage.js';

describe('the words for origins', () => {
  it('word every flag and every filter', () => {
    expectWordsForEvery(ORIGIN_FLAGS, ORIGIN_FLAG_LABELS);
    expectWordsForEvery(ORIGIN_FLAGS, ORIGIN_FLAG_HINTS);
    expectWordsForEvery(ORIGIN_FILTERS, ORIGIN_FILTER_LABELS);
  });

  it('count documents and independent origins in one line', () => {
    expect(originsLine({ documents: 3, independent: 1, untraced: 0 })).toBe('3 documents · 1 independent origin');
    expect(originsLine({ documents: 1, independent: 2, untraced: 0 })).toBe('1 document · 2 independent origins');
    expect(originsLine({ documents: 4, independent: 2, untraced: 1 })).toBe(
      '4 documents · 2 independent origins · 1 document with no source given',
    );
    expect(originsLine({ documents: 2, independent: 0, untraced: 2 })).toBe('2 documents · origin unknown');
  });

  it('say how an unnamed origin was reached and when an outlet reported on its own', () => {
    const base = { name: 'a source in the ministry', unnamed: true, via: 'TASS', ownReporting: false };
    expect(originName(base)).toBe('a source in the ministry (unnamed, via TASS)');
    expect(originName({ ...base, via: null })).toBe('a source in the ministry (unnamed)');
    expect(originName({ name: 'Reuters', unnamed: false, via: null, ownReporting: true })).toBe('Reuters (own reporting)');
    expect(originName({ name: 'TASS', unnamed: false, via: null, ownReporting: false })).toBe('TASS');
  });
});
