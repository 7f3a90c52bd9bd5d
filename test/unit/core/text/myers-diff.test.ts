import { describe, expect, it } from 'vitest';

import { type DiffRun, diffSequences } from '../../../../core/text/myers-diff.js';

/** A small deterministic generator, so a failure can be replayed. */
function generator(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

function longestCommonSubsequence(a: Int32Array, b: Int32Array): number {
  const row = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i += 1) {
    let diagonal = 0;
    for (let j = 1; j <= b.length; j += 1) {
      const above = row[j]!;
      row[j] = a[i - 1] === b[j - 1] ? diagonal + 1 : Math.max(row[j]!, row[j - 1]!);
      diagonal = above;
    }
  }
  return row[b.length]!;
}

/** Applies the runs to `a` and checks they give `b`; answers how many tokens were kept. */
function apply(runs: DiffRun[], a: Int32Array, b: Int32Array): number {
  let i = 0;
  let j = 0;
  let kept = 0;
  for (const run of runs) {
    expect(run.count).toBeGreaterThan(0);
    if (run.kind === 'equal') {
      for (let step = 0; step < run.count; step += 1) expect(a[i + step]).toBe(b[j + step]);
      i += run.count;
      j += run.count;
      kept += run.count;
    } else if (run.kind === 'delete') i += run.count;
    else j += run.count;
  }
  expect([i, j]).toEqual([a.length, b.length]);
  return kept;
}

describe('diffSequences', () => {
  it('keeps as many tokens as the longest common subsequence, on hundreds of random pairs', () => {
    const random = generator(14);
    for (let round = 0; round < 400; round += 1) {
      const alphabet = 1 + Math.floor(random() * 5);
      const a = Int32Array.from({ length: Math.floor(random() * 30) }, () => Math.floor(random() * alphabet));
      const b = Int32Array.from({ length: Math.floor(random() * 30) }, () => Math.floor(random() * alphabet));
      const runs = diffSequences(a, b);
      expect(apply(runs, a, b), `${a.join(',')} → ${b.join(',')}`).toBe(longestCommonSubsequence(a, b));
    }
  });

  it('joins neighbouring runs of one kind', () => {
    const runs = diffSequences(Int32Array.from([1, 2, 3]), Int32Array.from([4, 5, 6]));
    expect(runs).toEqual([
      { kind: 'delete', count: 3 },
      { kind: 'insert', count: 3 },
    ]);
  });

  it('answers a correct script when the budget runs out, keeping only what it found', () => {
    const a = Int32Array.from({ length: 2000 }, (_, index) => index % 7);
    const b = Int32Array.from({ length: 2000 }, (_, index) => (index * 3) % 11);
    const budget = { steps: 1000 };
    const kept = apply(diffSequences(a, b, budget), a, b);
    expect(kept).toBeLessThan(longestCommonSubsequence(a, b));
  });
});
