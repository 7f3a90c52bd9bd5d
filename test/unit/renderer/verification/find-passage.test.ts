import { describe, expect, it } from 'vitest';

import { findPassage } from '../../../../renderer/verification/find-passage.js';

const text = 'KHARKIV (Harbour Courier) — Strikes hit the grid.\nOfficials said\n   power would return by Friday, according to Reuters.';

describe('finding a pasted passage in a document', () => {
  it('finds the exact words at their offsets', () => {
    const span = findPassage(text, 'Strikes hit the grid.');
    expect(span).not.toBeNull();
    expect(text.slice(span!.start, span!.end)).toBe('Strikes hit the grid.');
  });

  it('finds words copied with different line breaks and spacing', () => {
    const span = findPassage(text, 'Officials said power would return');
    expect(text.slice(span!.start, span!.end)).toBe('Officials said\n   power would return');
  });

  it('falls back to ignoring case, and reports words that are not there', () => {
    const span = findPassage(text, 'ACCORDING TO REUTERS');
    expect(text.slice(span!.start, span!.end)).toBe('according to Reuters');
    expect(findPassage(text, 'according to TASS')).toBeNull();
    expect(findPassage(text, '   ')).toBeNull();
  });

  it('treats pasted punctuation literally rather than as a pattern', () => {
    expect(findPassage('a (b) c', '(b)')).toEqual({ start: 2, end: 5 });
    expect(findPassage('price $5.00 today', '$5.00   today')).toEqual({ start: 6, end: 17 });
  });
});
