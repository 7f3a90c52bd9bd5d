import { describe, expect, it } from 'vitest';

import { blockIndexAt, layoutText, locateOffset, type TextLayout } from '../../../../renderer/reader/text-layout.js';

/** The text each block shows, line by line, read back through its offsets. */
function shown(text: string, layout: TextLayout): string[][] {
  return layout.blocks.map((block) => block.lines.map((line) => text.slice(line.start, line.end)));
}

describe('layoutText', () => {
  it('makes one paragraph per blank-line-separated block and keeps single newlines as lines', () => {
    const text = 'Headline\n\nPhoto: Name/TASS\nCaption line\n\nBody text.';
    const layout = layoutText(text, null);
    expect(shown(text, layout)).toEqual([['Headline'], ['Photo: Name/TASS', 'Caption line'], ['Body text.']]);
    expect(layout.blocks.map((block) => text.slice(block.start, block.end))).toEqual([
      'Headline',
      'Photo: Name/TASS\nCaption line',
      'Body text.',
    ]);
    expect(layout.firstCommentBlock).toBeNull();
  });

  it('treats several blank lines as one separator and shows no empty paragraphs', () => {
    const text = '\n\nFirst\n\n\n\nSecond\n\n';
    const layout = layoutText(text, null);
    expect(shown(text, layout)).toEqual([['First'], ['Second']]);
    expect(layout.blocks.map((block) => block.index)).toEqual([0, 1]);
  });

  it('counts offsets in UTF-16 code units, so text after emoji and Arabic still lines up', () => {
    const text = 'قال 😀 مسؤول\n\nسطر ثانٍ';
    const layout = layoutText(text, null);
    const second = layout.blocks[1]!;
    expect(text.slice(second.start, second.end)).toBe('سطر ثانٍ');
    expect(second.start).toBe(text.indexOf('سطر'));
  });

  it('puts every paragraph from the comment boundary on into the comment region', () => {
    const text = 'Title\n\nArticle body.\n\nReader One\n\nFirst comment.';
    const layout = layoutText(text, text.indexOf('Reader One'));
    expect(layout.blocks.map((block) => block.region)).toEqual(['article', 'article', 'comments', 'comments']);
    expect(layout.firstCommentBlock).toBe(2);
  });

  it('moves a boundary that falls between paragraphs to the next paragraph', () => {
    const text = 'Article.\n\n\nComment.';
    const layout = layoutText(text, text.indexOf('\n\n\n') + 1);
    expect(layout.blocks.map((block) => block.region)).toEqual(['article', 'comments']);
  });

  it('splits a paragraph where the boundary falls at the start of one of its lines', () => {
    const text = 'Last article line.\nFirst comment line.\nSecond comment line.';
    const layout = layoutText(text, text.indexOf('First comment'));
    expect(shown(text, layout)).toEqual([['Last article line.'], ['First comment line.', 'Second comment line.']]);
    expect(layout.blocks.map((block) => block.region)).toEqual(['article', 'comments']);
  });

  it('splits mid-line when that is where the boundary was set', () => {
    const text = 'Article ends here. Comments begin here.';
    const layout = layoutText(text, text.indexOf('Comments'));
    expect(shown(text, layout)).toEqual([['Article ends here. '], ['Comments begin here.']]);
  });

  it('makes the whole text a comment thread for a boundary at 0, and ignores one at the very end', () => {
    const text = 'Only comments.\n\nMore.';
    expect(layoutText(text, 0).blocks.every((block) => block.region === 'comments')).toBe(true);
    expect(layoutText(text, 0).firstCommentBlock).toBe(0);
    expect(layoutText(text, text.length).firstCommentBlock).toBeNull();
  });

  it('lays out an empty text as nothing', () => {
    expect(layoutText('', null).blocks).toEqual([]);
    expect(locateOffset(layoutText('', null), 0)).toBeNull();
  });

  it('lays out a megabyte of paragraphs quickly', () => {
    const paragraph = 'The ministry said, citing unnamed sources, that the convoy had crossed the border. '.repeat(6);
    const text = Array.from({ length: 2200 }, (_, i) => `${i}. ${paragraph}`).join('\n\n');
    expect(text.length).toBeGreaterThan(1_000_000);
    const started = performance.now();
    const layout = layoutText(text, null);
    expect(performance.now() - started).toBeLessThan(200);
    expect(layout.blocks).toHaveLength(2200);
    expect(text.slice(layout.blocks.at(-1)!.start, layout.blocks.at(-1)!.end)).toBe(`2199. ${paragraph}`);
  });
});

describe('locating offsets', () => {
  const text = 'Headline\n\nLine one\nLine two\n\nLast.';
  const layout = layoutText(text, null);

  it('finds the paragraph, line and position of an offset inside a line', () => {
    const offset = text.indexOf('two');
    expect(locateOffset(layout, offset)).toEqual({ block: 1, line: 1, offsetInLine: 'Line '.length });
    expect(blockIndexAt(layout, offset)).toBe(1);
  });

  it('places the start of a paragraph at its first line', () => {
    expect(locateOffset(layout, text.indexOf('Last.'))).toEqual({ block: 2, line: 0, offsetInLine: 0 });
    expect(locateOffset(layout, 0)).toEqual({ block: 0, line: 0, offsetInLine: 0 });
  });

  it('moves an offset in a paragraph break forward, or backward for the end of a range', () => {
    const inBreak = text.indexOf('\n\nLast') + 1;
    expect(blockIndexAt(layout, inBreak)).toBe(2);
    expect(locateOffset(layout, inBreak)).toEqual({ block: 2, line: 0, offsetInLine: 0 });
    expect(locateOffset(layout, inBreak, 'backward')).toEqual({ block: 1, line: 1, offsetInLine: 'Line two'.length });
  });

  it('places the end of a paragraph at the end of its last line when looking backward', () => {
    const endOfHeadline = 'Headline'.length;
    expect(locateOffset(layout, endOfHeadline, 'backward')).toEqual({ block: 0, line: 0, offsetInLine: 8 });
  });

  it('keeps offsets beyond the text at its end', () => {
    expect(blockIndexAt(layout, text.length)).toBe(2);
    expect(blockIndexAt(layout, text.length + 5)).toBe(-1);
    expect(locateOffset(layout, text.length + 5)).toEqual({ block: 2, line: 0, offsetInLine: 'Last.'.length });
  });

  it('starts a match at a mid-line comment boundary in the comment block', () => {
    const split = 'Article ends here. Comments begin here.';
    const splitLayout = layoutText(split, split.indexOf('Comments'));
    expect(locateOffset(splitLayout, split.indexOf('Comments'))).toEqual({ block: 1, line: 0, offsetInLine: 0 });
    expect(locateOffset(splitLayout, split.indexOf('Comments'), 'backward')).toEqual({
      block: 0,
      line: 0,
      offsetInLine: 'Article ends here. '.length,
    });
  });

  it('finds every paragraph of a long document by binary search', () => {
    const long = Array.from({ length: 5000 }, (_, i) => `Paragraph ${i}`).join('\n\n');
    const longLayout = layoutText(long, null);
    for (const i of [0, 1, 2499, 4998, 4999]) {
      expect(blockIndexAt(longLayout, long.indexOf(`Paragraph ${i}`) + 3)).toBe(i);
    }
  });
});
