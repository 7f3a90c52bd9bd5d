import { describe, expect, it } from 'vitest';

import type { RejectedSuggestion } from '../../../../core/domain.js';
import { mergeRejections } from '../../../../renderer/claims/rejection-list.js';

function rejection(id: string, rejectedAt: string): RejectedSuggestion {
  return {
    id,
    documentId: 'd',
    claimQuote: `words ${id}`,
    claimStart: 0,
    claimEnd: 7,
    chain: [{ source: 'TASS', sourceId: null }],
    rejectedBy: 'Ana',
    rejectedAt,
  };
}

describe('the rejected list after rejecting', () => {
  const older = rejection('a', '2026-03-01T10:00:00.000Z');
  const old = rejection('b', '2026-03-05T10:00:00.000Z');

  it('puts new rejections first', () => {
    const fresh = rejection('c', '2026-03-10T10:00:00.000Z');
    expect(mergeRejections([old, older], [fresh]).map((r) => r.id)).toEqual(['c', 'b', 'a']);
  });

  it('lists a suggestion rejected before only once, where its first rejection puts it', () => {
    expect(mergeRejections([old, older], [older]).map((r) => r.id)).toEqual(['b', 'a']);
  });
});
