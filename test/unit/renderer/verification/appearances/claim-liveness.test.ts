import { describe, expect, it } from 'vitest';

import { livenessOf } from '../../../../../renderer/verification/appearances/claim-liveness.js';

describe('whether a claim may be asked about', () => {
  it('waits while its records are loading', () => {
    expect(livenessOf({ history: undefined, evidence: undefined })).toBe('loading');
  });

  it('asks about a claim whose records came with evidence, even none', () => {
    expect(livenessOf({ history: [], evidence: [] })).toBe('live');
  });

  it('never asks about a claim in the bin, whose records come without evidence', () => {
    expect(livenessOf({ history: [], evidence: undefined })).toBe('binned');
  });
});
