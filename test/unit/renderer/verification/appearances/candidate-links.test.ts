import { describe, expect, it } from 'vitest';

import type { AppearanceCandidate } from '../../../../../core/api/claim-results.js';
import type { ClaimAppearance } from '../../../../../core/domain.js';
import { candidateRows, linkedAppearanceOf } from '../../../../../renderer/verification/appearances/candidate-links.js';

const DOC_B = 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb';
const DOC_C = 'cccccccc-cccc-4ccc-8ccc-cccccccccccc';

function candidate(documentId: string, start: number, end: number, appearanceId: string | null = null): AppearanceCandidate {
  return {
    documentId,
    documentTitle: documentId === DOC_B ? 'B' : 'C',
    documentUrl: null,
    publishedAt: null,
    quote: 'q',
    start,
    end,
    score: 1,
    appearanceId,
  };
}

function linked(id: string, documentId: string, start: number, end: number): ClaimAppearance {
  return { id, claimId: 'claim', documentId, documentTitle: 'T', documentUrl: null, publishedAt: null, quote: 'q', start, end, score: 1 };
}

describe('which found passages are already linked', () => {
  it('matches a link in the same document that covers part of the passage', () => {
    expect(linkedAppearanceOf(candidate(DOC_B, 40, 120), [linked('a1', DOC_B, 38, 90)])?.id).toBe('a1');
  });

  it('does not match a link elsewhere in the document or in another document', () => {
    expect(linkedAppearanceOf(candidate(DOC_B, 40, 120), [linked('a1', DOC_B, 120, 200), linked('a2', DOC_C, 40, 120)])).toBeNull();
  });

  it('follows the linked list over a stale search answer, keeping the search’s order', () => {
    const found = [candidate(DOC_B, 10, 50, 'gone'), candidate(DOC_C, 5, 45)];
    const rows = candidateRows(found, [linked('new', DOC_C, 5, 45)]);
    expect(rows.map((row) => [row.candidate.documentId, row.appearanceId])).toEqual([
      [DOC_B, null],
      [DOC_C, 'new'],
    ]);
  });

  it('trusts the search’s own answer until the linked list has loaded', () => {
    const rows = candidateRows([candidate(DOC_B, 10, 50, 'a9')], undefined);
    expect(rows[0]?.appearanceId).toBe('a9');
  });
});
