import { describe, expect, it } from 'vitest';

import { chainLine } from '../../../../core/claims/chain-line.js';

describe('chainLine', () => {
  it('names each hop in order and says when a cue distanced or endorsed, not when it was neutral or unrecorded', () => {
    expect(
      chainLine([
        { sourceName: 'SouthFront', stance: 'neutral' },
        { sourceName: 'TASS', stance: 'distancing' },
        { sourceName: 'Defence Ministry', stance: 'endorsing' },
        { sourceName: 'a military source', stance: null },
      ]),
    ).toBe('SouthFront → TASS (distancing) → Defence Ministry (endorsing) → a military source');
    expect(chainLine([])).toBe('');
  });
});
