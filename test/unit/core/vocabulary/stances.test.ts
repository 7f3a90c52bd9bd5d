import { describe, expect, it } from 'vitest';

import { CUE_STANCES, EVIDENCE_STANCES } from '../../../../core/domain.js';
import { CUE_STANCE_HINTS, CUE_STANCE_LABELS, EVIDENCE_STANCE_LABELS, stanceNote } from '../../../../core/vocabulary/stances.js';
import { expectWordsForEvery } from './domain-coverage.js';

describe('stances', () => {
  it('word every evidence stance and every cue stance', () => {
    expectWordsForEvery(EVIDENCE_STANCES, EVIDENCE_STANCE_LABELS);
    expectWordsForEvery(CUE_STANCES, CUE_STANCE_LABELS);
    expectWordsForEvery(CUE_STANCES, CUE_STANCE_HINTS);
  });

  it('say what evidence does to the claim', () => {
    expect(EVIDENCE_STANCE_LABELS).toEqual({ supporting: 'Supports', refuting: 'Refutes', context: 'Context' });
  });

  it('note a cue stance in a compact chain only when it distances or endorses', () => {
    expect([stanceNote('distancing'), stanceNote('endorsing'), stanceNote('neutral'), stanceNote(null)]).toEqual([
      'distancing',
      'endorsing',
      null,
      null,
    ]);
  });
});
