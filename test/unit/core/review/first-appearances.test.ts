import { describe, expect, it } from 'vitest';

import { type CarriedClaim, firstAppearances } from '../../../../core/review/first-appearances.js';

function claim(id: string, publishedAt: string | null, more: Partial<CarriedClaim> = {}): CarriedClaim {
  return {
    claimId: id,
    documentId: `doc-${id}`,
    documentTitle: `Article ${id}`,
    publishedAt,
    start: 100,
    end: 160,
    appearances: [],
    ...more,
  };
}

function passage(documentId: string, publishedAt: string | null, start = 100, end = 160) {
  return { documentId, documentTitle: `Linked ${documentId}`, publishedAt, start, end };
}

describe('firstAppearances', () => {
  it('finds the earliest dated document among a claim and its linked appearances', () => {
    const result = firstAppearances([claim('a', '2024-03-05', { appearances: [passage('x', '2024-03-02'), passage('y', '2024-03-08')] })]);
    expect(result.get('a')).toEqual({
      first: false,
      firstAppearance: {
        documentId: 'x',
        documentTitle: 'Linked x',
        publishedAt: '2024-03-02',
        start: 100,
        end: 160,
        claimId: null,
        tied: false,
      },
    });
  });

  it('treats claims as one statement when an appearance covers another claim’s span, even through a third', () => {
    const result = firstAppearances([
      claim('a', '2024-03-05', { appearances: [passage('doc-b', '2024-03-04', 120, 130)] }),
      claim('b', '2024-03-04', { appearances: [passage('doc-c', '2024-03-06')] }),
      claim('c', '2024-03-06'),
      // Linked into b's document, but at another sentence: a different statement, first seen there.
      claim('d', '2024-03-09', { appearances: [passage('doc-b', '2024-03-04', 400, 420)] }),
    ]);
    expect(['a', 'b', 'c', 'd'].map((id) => [id, result.get(id)!.first, result.get(id)!.firstAppearance?.claimId])).toEqual([
      ['a', false, 'b'],
      ['b', true, 'b'],
      ['c', false, 'b'],
      ['d', false, null],
    ]);
  });

  it('never puts an undated document first, and knows no first appearance when nothing is dated', () => {
    const result = firstAppearances([
      claim('a', null, { appearances: [passage('x', '2024-03-09')] }),
      claim('b', null, { appearances: [passage('y', null)] }),
    ]);
    expect(result.get('a')).toMatchObject({ first: false, firstAppearance: { documentId: 'x' } });
    expect(result.get('b')).toEqual({ first: false, firstAppearance: null });
  });

  it('marks every document dated the same as the earliest as first, saying it is a tie, and prefers a claim as the one shown', () => {
    const result = firstAppearances([
      claim('a', '2024-03-02', { appearances: [passage('x', '2024-03-02'), passage('doc-b', '2024-03-02')] }),
      claim('b', '2024-03-02'),
    ]);
    expect(result.get('a')).toMatchObject({ first: true, firstAppearance: { claimId: 'a', tied: true } });
    expect(result.get('b')).toMatchObject({ first: true, firstAppearance: { claimId: 'a', tied: true } });
  });

  it('gives an orphan, which no longer shows where it sits, no place of its own among the first', () => {
    const result = firstAppearances([claim('a', '2024-03-01', { start: null, end: null, appearances: [passage('x', '2024-03-04')] })]);
    expect(result.get('a')).toMatchObject({ first: false, firstAppearance: { documentId: 'x' } });
  });
});
