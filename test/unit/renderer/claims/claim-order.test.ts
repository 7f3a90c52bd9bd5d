import { describe, expect, it } from 'vitest';

import { readingOrder, stepClaim } from '../../../../renderer/claims/claim-order.js';

const claims = [
  { id: 'c', start: 90, end: 100, orphaned: false },
  { id: 'orphan', start: null, end: null, orphaned: true },
  { id: 'a', start: 10, end: 40, orphaned: false },
  { id: 'b', start: 10, end: 20, orphaned: false },
];

describe('moving from claim to claim', () => {
  it('follows the text, the outer of two claims starting together first, orphans left out', () => {
    expect(readingOrder(claims).map((claim) => claim.id)).toEqual(['a', 'b', 'c']);
  });

  it('starts at the first (or last) claim and stops at the ends', () => {
    expect(stepClaim(claims, null, 1)).toBe('a');
    expect(stepClaim(claims, null, -1)).toBe('c');
    expect(stepClaim(claims, 'a', 1)).toBe('b');
    expect(stepClaim(claims, 'c', 1)).toBe('c');
    expect(stepClaim(claims, 'a', -1)).toBe('a');
    expect(stepClaim(claims, 'orphan', 1)).toBe('a');
    expect(stepClaim([], null, 1)).toBeNull();
  });
});
