import { describe, expect, it } from 'vitest';

import { diffTexts } from '../../../../../core/text/text-diff.js';
import { changesOnly, type DiffPiece, wholeText } from '../../../../../renderer/reader/revisions/diff-excerpts.js';

const sentence = (index: number) => `Sentence number ${index} of the unchanged part says nothing new at all. `;
const filler = (from: number, count: number) => Array.from({ length: count }, (_, index) => sentence(from + index)).join('');

/** The text the pieces show, gaps written as […N…]. */
const shown = (pieces: DiffPiece[]) => pieces.map((piece) => (piece.kind === 'gap' ? `[…${piece.hidden}…]` : piece.text)).join('');

describe('changesOnly', () => {
  const oldText = `${filler(0, 20)}The toll rose to 14.${filler(20, 20)}The end.`;
  const newText = oldText.replace('rose to 14', 'rose to 41');
  const segments = diffTexts(oldText, newText);

  it('keeps every change and a little unchanged text around it, folding the rest into counted gaps', () => {
    const pieces = changesOnly(segments, 100);
    expect(
      pieces.filter((piece) => piece.kind === 'delete' || piece.kind === 'insert').map((piece) => piece.kind !== 'gap' && piece.text),
    ).toEqual(['14', '41']);
    const gaps = pieces.filter((piece) => piece.kind === 'gap');
    expect(gaps).toHaveLength(2);
    const hidden = gaps.reduce((sum, piece) => sum + (piece.kind === 'gap' ? piece.hidden : 0), 0);
    const visible = pieces.reduce((sum, piece) => sum + (piece.kind === 'equal' ? piece.text.length : 0), 0);
    // Nothing of the old text is lost: what is shown and what is folded add up to it.
    expect(hidden + visible + 2).toBe(oldText.length);
    expect(visible).toBeLessThan(260);
    expect(shown(pieces)).toMatch(/^\[…\d+…\][^\s…]/u);
  });

  it('cuts the unchanged text at spaces, so no word is split', () => {
    for (const piece of changesOnly(segments, 100)) {
      if (piece.kind !== 'equal') continue;
      expect(piece.text === oldText.slice(0, piece.text.length) || /^\S/u.test(piece.text)).toBe(true);
    }
  });

  it('shows a short unchanged stretch between two changes whole', () => {
    const twice = diffTexts('Alpha one. Short middle. Beta two.', 'Alpha uno. Short middle. Beta dos.');
    expect(changesOnly(twice, 100).some((piece) => piece.kind === 'gap')).toBe(false);
  });

  it('never splits a surrogate pair', () => {
    const emoji = '😀'.repeat(200);
    const pieces = changesOnly(diffTexts(`${emoji} old`, `${emoji} new`), 51);
    for (const piece of pieces) {
      // A lone surrogate at either end would be half an emoji.
      if (piece.kind === 'equal') expect(piece.text).not.toMatch(/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/u);
    }
  });
});

describe('wholeText', () => {
  it('keeps every segment', () => {
    const segments = diffTexts('One two three.', 'One three four.');
    expect(wholeText(segments).map((piece) => piece.kind !== 'gap' && piece.text)).toEqual(segments.map((segment) => segment.text));
  });
});
