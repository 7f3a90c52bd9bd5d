import { describe, expect, it } from 'vitest';

import type { ClaimAppearance } from '../../../../../core/domain.js';
import { formatDate } from '../../../../../renderer/format.js';
import {
  firstAppearanceSummary,
  publishedLabel,
  similarityLabel,
} from '../../../../../renderer/verification/appearances/appearance-labels.js';

const CLAIM_ID = '11111111-1111-4111-8111-111111111111';

function appearance(overrides: Partial<ClaimAppearance>): ClaimAppearance {
  return {
    id: '22222222-2222-4222-8222-222222222222',
    claimId: CLAIM_ID,
    documentId: '33333333-3333-4333-8333-333333333333',
    documentTitle: 'Dam release alarms farmers',
    documentUrl: null,
    publishedAt: '2024-03-02',
    quote: 'The river authority said the Kessel dam had released twice its usual volume.',
    start: 10,
    end: 88,
    score: 1,
    ...overrides,
  };
}

describe('how close an appearance is worded', () => {
  it('calls only the very same words exact', () => {
    expect(similarityLabel(1)).toBe('Exact');
    expect(similarityLabel(0.8947)).toBe('89% similar');
  });

  it('never rounds a reworded passage up to 100%', () => {
    expect(similarityLabel(0.9996)).toBe('99% similar');
    expect(similarityLabel(0.75)).toBe('75% similar');
  });
});

describe('publication dates', () => {
  it('writes a date the way the rest of the app does and says when there is none', () => {
    expect(publishedLabel('2024-03-02')).toBe(formatDate('2024-03-02'));
    expect(publishedLabel(null)).toBe('No publication date');
  });
});

describe('the first appearance', () => {
  it('names the claim’s own document when it was published first', () => {
    const own = appearance({ id: CLAIM_ID, documentTitle: 'Original report', publishedAt: '2024-03-01' });
    expect(firstAppearanceSummary(own, CLAIM_ID)).toEqual({
      kind: 'own',
      title: 'Original report',
      date: formatDate('2024-03-01'),
      note: 'the claim’s own document',
    });
  });

  it('names a linked document that was published earlier, without calling it the claim’s own', () => {
    const summary = firstAppearanceSummary(appearance({ documentTitle: 'Wire copy', publishedAt: '2024-02-28' }), CLAIM_ID);
    expect(summary).toMatchObject({ kind: 'other', title: 'Wire copy', note: null });
  });

  it('says the first publication is unknown when nothing is dated', () => {
    const summary = firstAppearanceSummary(null, CLAIM_ID);
    expect(summary.kind).toBe('unknown');
    expect(summary.kind === 'unknown' && summary.text).toMatch(/unknown/);
  });
});
