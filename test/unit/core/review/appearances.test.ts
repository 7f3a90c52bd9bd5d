import { describe, expect, it } from 'vitest';

import type { Rating } from '../../../../core/domain.js';
import { anyWordQuery, distinctiveWords, earliestAppearance, wordingSimilarity } from '../../../../core/review/appearances.js';
import { isCalendarDate, localCalendarDate } from '../../../../core/review/calendar-date.js';
import { scaleBounds } from '../../../../core/review/scale.js';

describe('distinctiveWords', () => {
  it('picks the longest distinct words, folded as full-text search folds them', () => {
    const quote = 'The National Liberation Front rejected the demilitarised zone agreement, said the Front';
    expect(distinctiveWords(quote, 4)).toEqual(['demilitarised', 'liberation', 'agreement', 'national']);
    expect(distinctiveWords('Erdoğan SAID that Ankara said so', 3)).toEqual(['erdogan', 'ankara', 'said']);
  });

  it('finds nothing worth searching in a quote of short words and numbers', () => {
    expect(distinctiveWords('He was: "no, 12 to 3."', 5)).toEqual([]);
    expect(anyWordQuery([])).toBeNull();
  });

  it('quotes each word so none is read as a search operator', () => {
    expect(anyWordQuery(['near', 'o"neil'])).toBe('"near" OR "o""neil"');
  });
});

describe('wordingSimilarity', () => {
  it('is 1 for the same words and falls with each edit', () => {
    expect(wordingSimilarity('zone agreement', 'zone agreement')).toBe(1);
    expect(wordingSimilarity('demilitarised', 'demilitarized')).toBeCloseTo(1 - 1 / 13);
    expect(wordingSimilarity('abc', 'something else entirely')).toBe(0);
  });
});

describe('earliestAppearance', () => {
  it('chooses the earliest dated appearance and never an undated one', () => {
    const list = [
      { name: 'own', publishedAt: '2018-10-09' },
      { name: 'undated', publishedAt: null },
      { name: 'earlier', publishedAt: '2018-10-08' },
      { name: 'same day', publishedAt: '2018-10-08' },
    ];
    expect(earliestAppearance(list)?.name).toBe('earlier');
    expect(earliestAppearance([{ name: 'undated', publishedAt: null }])).toBeNull();
  });
});

describe('calendar dates', () => {
  it('accepts only days that exist', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2023-02-29')).toBe(false);
    expect(isCalendarDate('2018-13-01')).toBe(false);
    expect(isCalendarDate('2018-10-9')).toBe(false);
    expect(isCalendarDate('2018-10-09T10:00:00Z')).toBe(false);
  });

  it('writes the local day', () => {
    expect(localCalendarDate(new Date(2018, 9, 9, 23, 59))).toBe('2018-10-09');
  });
});

describe('scaleBounds', () => {
  const rating = (key: string, ratingValue: number | null, archived = false): Rating => ({
    id: key,
    key,
    label: key,
    color: '#000000',
    ordinal: 0,
    ratingValue,
    description: '',
    archived,
  });

  it('bounds the scale by the current ratings that have a value', () => {
    expect(scaleBounds([rating('true', 6), rating('false', 1), rating('unverifiable', null), rating('pants_on_fire', 0, true)])).toEqual({
      bestRating: 6,
      worstRating: 1,
    });
    expect(scaleBounds([rating('unverifiable', null)])).toEqual({ bestRating: null, worstRating: null });
  });
});
