// How claims are cut into marks: overlapping and nested claims keep their own stretches, and the
// innermost claim's colour wins where they overlap.
import { describe, expect, it } from 'vitest';

import { blockSignature, cutIntoPieces, markRangesOf, rangesByBlock } from '../../../../renderer/claims/mark-ranges.js';
import { layoutText } from '../../../../renderer/reader/text-layout.js';

describe('claim marks', () => {
  it('leaves a line without claims as one plain piece', () => {
    expect(cutIntoPieces(10, 30, [{ id: 'a', start: 40, end: 50 }])).toEqual([{ start: 10, end: 30, ids: [] }]);
  });

  it('cuts overlapping claims into pieces that list every claim covering them, innermost first', () => {
    const pieces = cutIntoPieces(0, 20, [
      { id: 'outer', start: 2, end: 18 },
      { id: 'inner', start: 5, end: 9 },
      { id: 'tail', start: 15, end: 25 },
    ]);
    expect(pieces).toEqual([
      { start: 0, end: 2, ids: [] },
      { start: 2, end: 5, ids: ['outer'] },
      { start: 5, end: 9, ids: ['inner', 'outer'] },
      { start: 9, end: 15, ids: ['outer'] },
      { start: 15, end: 18, ids: ['tail', 'outer'] },
      { start: 18, end: 20, ids: ['tail'] },
    ]);
  });

  it('places only claims that have a place in the text, in reading order', () => {
    const ranges = markRangesOf([
      { id: 'late', start: 50, end: 60, orphaned: false },
      { id: 'orphan', start: null, end: null, orphaned: true },
      { id: 'early', start: 3, end: 8, orphaned: false },
    ]);
    expect(ranges.map((range) => range.id)).toEqual(['early', 'late']);
  });

  it('gives a claim across paragraphs to each paragraph it reaches', () => {
    const text = 'First paragraph.\n\nSecond paragraph.\n\nThird.';
    const layout = layoutText(text, null);
    const crossing = { id: 'x', start: text.indexOf('paragraph.'), end: text.indexOf('Second') + 6 };
    const byBlock = rangesByBlock(layout, [crossing]);
    expect(byBlock.map((ranges) => ranges.map((range) => range.id))).toEqual([['x'], ['x'], []]);
  });

  it('gives the same signature to the same marks, in any order, and another to a moved claim', () => {
    const a = { id: 'a', start: 3, end: 9 };
    const b = { id: 'b', start: 5, end: 12 };
    expect(blockSignature([a, b], 0, 10)).toBe(blockSignature([b, a], 0, 10));
    expect(blockSignature([a], 0, 10)).not.toBe(blockSignature([{ ...a, end: 8 }], 0, 10));
    // Beyond the block's end a claim may move without changing the block.
    expect(blockSignature([b], 0, 10)).toBe(blockSignature([{ ...b, end: 40 }], 0, 10));
  });
});
