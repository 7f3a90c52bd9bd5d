import { describe, expect, it } from 'vitest';

import { OldToNewOffsets } from '../../../../core/text/diff-offsets.js';
import { diffTexts } from '../../../../core/text/text-diff.js';

const offsetsFor = (oldText: string, newText: string) => new OldToNewOffsets(diffTexts(oldText, newText));

describe('OldToNewOffsets', () => {
  it('carries a kept passage past words inserted before it', () => {
    const oldText = 'Intro. The convoy crossed at dawn.';
    const newText = 'Intro, updated with more detail. The convoy crossed at dawn.';
    const start = oldText.indexOf('The convoy');
    const span = offsetsFor(oldText, newText).span(start, oldText.length);
    expect(newText.slice(span.start, span.end)).toBe('The convoy crossed at dawn.');
  });

  it('puts a deleted passage where its deletion happened, as an empty span', () => {
    const oldText = 'First. Deleted sentence here. Last.';
    const newText = 'First. Last.';
    const start = oldText.indexOf('Deleted');
    const span = offsetsFor(oldText, newText).span(start, oldText.indexOf(' Last'));
    // The deletion took the space before the sentence with it, so it happened right after "First.".
    expect(span).toEqual({ start: 'First.'.length, end: 'First.'.length });
  });

  it('carries a reworded passage to the words that replaced it, and says how much of it was kept', () => {
    const oldText = 'They said 14 people were hurt.';
    const newText = 'They said 41 people were hurt.';
    const offsets = offsetsFor(oldText, newText);
    const span = offsets.span(oldText.indexOf('14'), oldText.length);
    expect(newText.slice(span.start, span.end)).toBe('41 people were hurt.');
    expect(offsets.keptShare(0, oldText.length)).toBeCloseTo((oldText.length - 2) / oldText.length);
    expect(offsets.keptShare(oldText.indexOf('14'), oldText.indexOf('14') + 2)).toBe(0);
  });

  it('keeps a span to its own words where a change touches either edge', () => {
    const oldText = 'alpha beta gamma';
    const newText = 'ALPHA beta GAMMA';
    const offsets = offsetsFor(oldText, newText);
    expect(offsets.span(6, 10)).toEqual({ start: 6, end: 10 });
    // The ends of the text map to the ends of the new text.
    expect(offsets.offset(oldText.length, 'start')).toBe(newText.length);
    expect(offsets.offset(0, 'end')).toBe(0);
  });

  it('maps every offset of identical texts to itself', () => {
    const text = 'Nothing changed in this article.';
    const offsets = offsetsFor(text, text);
    for (let offset = 0; offset <= text.length; offset += 1) {
      expect(offsets.offset(offset, 'start')).toBe(offset);
      expect(offsets.offset(offset, 'end')).toBe(offset);
    }
  });
});
