// How a document's stored text is cut into the blocks the reader shows, with every block and line
// keeping its UTF-16 offsets into that text. Claim anchors and search matches are offsets into the
// stored text, so this mapping is what turns them into places on screen; it is pure so that it can
// be tested without an editor.

export type TextRegion = 'furniture' | 'article' | 'comments';

/** One line of a block: [start, end) in the stored text, without the newline that ends it. */
export interface TextLine {
  start: number;
  end: number;
}

/** One paragraph as shown: [start, end) in the stored text; its lines are separated by single newlines. */
export interface TextBlock {
  index: number;
  start: number;
  end: number;
  region: TextRegion;
  lines: TextLine[];
}

export interface TextLayout {
  textLength: number;
  blocks: TextBlock[];
  /**
   * Index of the first block of the article. Blocks before it are the page furniture a saved page
   * carries above the article (navigation, menus); 0 when the article starts at the top.
   */
  firstArticleBlock: number;
  /** Index of the first block of the reader-comment thread, or null when there is none. */
  firstCommentBlock: number | null;
}

/** Where an offset sits: which block, which line of it, and how far into that line. */
export interface TextPosition {
  block: number;
  line: number;
  offsetInLine: number;
}

// Paragraphs are separated by a blank line; a run of several blank lines is still one separator.
const PARAGRAPH_BREAK = /\n{2,}/g;

/**
 * Cuts the text into paragraphs on blank lines. The start of the article and the comment boundary
 * also end a paragraph, so page furniture, article and comment thread never share one: a boundary
 * inside a paragraph splits it there. An article start that is not before the comments is ignored,
 * so no article text is ever taken for furniture by mistake.
 */
export function layoutText(text: string, commentsStart: number | null, articleStart: number | null = null): TextLayout {
  const spans: { start: number; end: number }[] = [];
  let from = 0;
  for (const match of text.matchAll(PARAGRAPH_BREAK)) {
    spans.push({ start: from, end: match.index });
    from = match.index + match[0].length;
  }
  spans.push({ start: from, end: text.length });

  const comments = commentsStart === null || commentsStart >= text.length ? null : Math.max(0, commentsStart);
  const article =
    articleStart === null || articleStart <= 0 || articleStart >= text.length || (comments !== null && articleStart >= comments)
      ? null
      : articleStart;
  // Region boundaries in text order: each one starts the region named beside it.
  const boundaries: { at: number; region: TextRegion }[] = [];
  if (article !== null) boundaries.push({ at: article, region: 'article' });
  if (comments !== null) boundaries.push({ at: comments, region: 'comments' });
  const regionBefore: TextRegion = article !== null ? 'furniture' : 'article';

  const blocks: TextBlock[] = [];
  const push = (start: number, end: number, region: TextRegion) => {
    if (end <= start) return;
    blocks.push({ index: blocks.length, start, end, region, lines: splitLines(text, start, end) });
  };
  let next = 0;
  let region: TextRegion = regionBefore;
  for (const span of spans) {
    let start = span.start;
    // Boundaries in the blank lines before this paragraph take effect at its start.
    while (next < boundaries.length && boundaries[next]!.at <= start) region = boundaries[next++]!.region;
    while (next < boundaries.length && boundaries[next]!.at < span.end) {
      const boundary = boundaries[next++]!;
      // A boundary at the start of a line leaves that line's newline with neither part.
      push(start, text[boundary.at - 1] === '\n' ? boundary.at - 1 : boundary.at, region);
      start = boundary.at;
      region = boundary.region;
    }
    push(start, span.end, region);
  }
  const firstArticle = blocks.findIndex((block) => block.region !== 'furniture');
  const firstComment = blocks.findIndex((block) => block.region === 'comments');
  return {
    textLength: text.length,
    blocks,
    firstArticleBlock: firstArticle === -1 ? blocks.length : firstArticle,
    firstCommentBlock: firstComment === -1 ? null : firstComment,
  };
}

function splitLines(text: string, start: number, end: number): TextLine[] {
  const lines: TextLine[] = [];
  let lineStart = start;
  for (let i = text.indexOf('\n', start); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) {
    lines.push({ start: lineStart, end: i });
    lineStart = i + 1;
  }
  lines.push({ start: lineStart, end });
  return lines;
}

/**
 * The block an offset belongs to. An offset in the blank lines between two paragraphs belongs to
 * the next one, so a range starting there still starts at visible text. -1 when it is past the end.
 */
export function blockIndexAt(layout: TextLayout, offset: number): number {
  const index = firstBlockEnding(layout.blocks, offset, false);
  if (index !== -1) return index;
  const last = layout.blocks.length - 1;
  return last >= 0 && offset === layout.blocks[last]!.end ? last : -1;
}

/**
 * Where an offset is shown. An offset that falls between blocks moves to the start of the next one;
 * with `affinity: 'backward'` (what the end of a range wants) it moves to the end of the previous one.
 */
export function locateOffset(layout: TextLayout, offset: number, affinity: 'forward' | 'backward' = 'forward'): TextPosition | null {
  const { blocks } = layout;
  if (blocks.length === 0) return null;
  const clamped = Math.max(0, Math.min(offset, layout.textLength));
  let index = firstBlockEnding(blocks, clamped, affinity === 'backward');
  if (index === -1) index = blocks.length - 1;
  if (affinity === 'backward' && index > 0 && clamped <= blocks[index]!.start) index -= 1;
  const block = blocks[index]!;
  const at = Math.max(block.start, Math.min(clamped, block.end));
  let line = block.lines.findIndex((candidate) => at <= candidate.end);
  if (line === -1) line = block.lines.length - 1;
  return { block: index, line, offsetInLine: at - block.lines[line]!.start };
}

/** Binary search for the first block whose end lies after the offset (or at it, when inclusive). */
function firstBlockEnding(blocks: TextBlock[], offset: number, inclusive: boolean): number {
  let low = 0;
  let high = blocks.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const end = blocks[middle]!.end;
    if (end > offset || (inclusive && end === offset)) {
      found = middle;
      high = middle - 1;
    } else {
      low = middle + 1;
    }
  }
  return found;
}
