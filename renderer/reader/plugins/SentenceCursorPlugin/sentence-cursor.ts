// The reading cursor's model: the document's sentences in reading order, and a cursor over one or
// several of them that the keyboard moves and extends. A claim is usually a sentence, so a cursor
// that steps by sentence is what lets a claim be made without a mouse. Pure, so every move can be
// tested without an editor.
import type { TextDirection } from '../../../../core/domain.js';
import { splitSentences } from '../../../../core/text/sentences.js';
import { trimSpan } from '../../../claims/trim-span.js';
import { blockIndexAt, type TextLayout, type TextRegion } from '../../text-layout.js';

/** One sentence as the reader shows it: [start, end) in the stored text, inside one paragraph. */
export interface ReaderSentence {
  start: number;
  end: number;
  block: number;
  region: TextRegion;
}

/** Indices into the sentences: the anchor stays where extending began, the focus moves. */
export interface SentenceCursor {
  anchor: number;
  focus: number;
}

export type CursorMove = 'next' | 'previous' | 'next-paragraph' | 'previous-paragraph' | 'first' | 'last';

export type CursorKeyAction = { kind: 'move'; move: CursorMove; extend: boolean } | { kind: 'make-claim' } | { kind: 'escape' };

export interface CursorKeyPress {
  key: string;
  shiftKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
}

/**
 * The sentences of the text, cut where paragraphs end. The splitter keeps a quotation that runs
 * over several paragraphs in one sentence; the reader's paragraphs (and the article, furniture and
 * comment regions they belong to) cut it, so the cursor never spans a folded region or a gap the
 * reviewer cannot see it cross.
 */
export function readerSentences(text: string, layout: TextLayout): ReaderSentence[] {
  const sentences: ReaderSentence[] = [];
  const { blocks } = layout;
  let first = 0;
  for (const sentence of splitSentences(text)) {
    while (first < blocks.length && blocks[first]!.end <= sentence.start) first += 1;
    for (let index = first; index < blocks.length && blocks[index]!.start < sentence.end; index++) {
      const block = blocks[index]!;
      const piece = trimSpan(text, Math.max(sentence.start, block.start), Math.min(sentence.end, block.end));
      if (piece) sentences.push({ ...piece, block: index, region: block.region });
    }
  }
  return sentences;
}

/** A text's sentences, split the first time they are asked for, so a long document opens without waiting for them. */
export interface SentenceSource {
  get: () => readonly ReaderSentence[];
}

export function lazySentences(text: string, layout: TextLayout): SentenceSource {
  let sentences: ReaderSentence[] | null = null;
  return {
    get: () => {
      sentences ??= readerSentences(text, layout);
      return sentences;
    },
  };
}

/** Whether a sentence can be stepped onto: not in a region the reviewer has folded away. */
export function visibleIn(collapsed: ReadonlySet<TextRegion>): (sentence: ReaderSentence) => boolean {
  return (sentence) => !collapsed.has(sentence.region);
}

type Visible = (sentence: ReaderSentence) => boolean;

/** The next sentence in `direction` from `from` that is visible, or -1 at the edge. */
function step(sentences: readonly ReaderSentence[], from: number, direction: 1 | -1, visible: Visible): number {
  for (let index = from + direction; index >= 0 && index < sentences.length; index += direction) {
    if (visible(sentences[index]!)) return index;
  }
  return -1;
}

function firstVisible(sentences: readonly ReaderSentence[], visible: Visible): number {
  return step(sentences, -1, 1, visible);
}

function lastVisible(sentences: readonly ReaderSentence[], visible: Visible): number {
  return step(sentences, sentences.length, -1, visible);
}

/** The first (or last) visible sentence of the paragraph holding sentence `index`. */
function paragraphEdge(sentences: readonly ReaderSentence[], index: number, edge: 'first' | 'last', visible: Visible): number {
  const block = sentences[index]!.block;
  const direction = edge === 'first' ? -1 : 1;
  let found = index;
  for (let next = step(sentences, index, direction, visible); next !== -1 && sentences[next]!.block === block;) {
    found = next;
    next = step(sentences, next, direction, visible);
  }
  return found;
}

/** The first visible sentence of the paragraph before or after the one holding sentence `index`, or -1. */
function neighbourParagraph(sentences: readonly ReaderSentence[], index: number, direction: 1 | -1, visible: Visible): number {
  const block = sentences[index]!.block;
  let next = step(sentences, index, direction, visible);
  while (next !== -1 && sentences[next]!.block === block) next = step(sentences, next, direction, visible);
  return next === -1 ? -1 : paragraphEdge(sentences, next, 'first', visible);
}

/**
 * Where a key sends the cursor. A plain move from an extended cursor leaves from its far end in
 * the direction of travel; at the first or last sentence a move stays put. Extending moves only
 * the focus, so Shift+↓ then Shift+↑ gives back what was there.
 */
export function moveCursor(
  sentences: readonly ReaderSentence[],
  cursor: SentenceCursor,
  move: CursorMove,
  extend: boolean,
  visible: Visible,
): SentenceCursor {
  const low = Math.min(cursor.anchor, cursor.focus);
  const high = Math.max(cursor.anchor, cursor.focus);
  const to = (target: number, from: number): SentenceCursor => {
    const index = target === -1 ? from : target;
    return extend ? { anchor: cursor.anchor, focus: index } : { anchor: index, focus: index };
  };
  switch (move) {
    case 'next':
      return extend ? to(step(sentences, cursor.focus, 1, visible), cursor.focus) : to(step(sentences, high, 1, visible), high);
    case 'previous':
      return extend ? to(step(sentences, cursor.focus, -1, visible), cursor.focus) : to(step(sentences, low, -1, visible), low);
    case 'first':
      return to(firstVisible(sentences, visible), cursor.focus);
    case 'last':
      return to(lastVisible(sentences, visible), cursor.focus);
    case 'next-paragraph': {
      if (!extend) return to(neighbourParagraph(sentences, high, 1, visible), high);
      // Extending takes in the rest of this paragraph first, then the whole of the next one.
      const end = paragraphEdge(sentences, cursor.focus, 'last', visible);
      if (end !== cursor.focus) return to(end, cursor.focus);
      const next = neighbourParagraph(sentences, cursor.focus, 1, visible);
      return to(next === -1 ? -1 : paragraphEdge(sentences, next, 'last', visible), cursor.focus);
    }
    case 'previous-paragraph': {
      // Like Ctrl+↑ in an editor: to the start of this paragraph, and from there to the one before.
      const from = extend ? cursor.focus : low;
      const start = paragraphEdge(sentences, from, 'first', visible);
      if (start !== from) return to(start, from);
      return to(neighbourParagraph(sentences, from, -1, visible), from);
    }
  }
}

/**
 * The cursor after regions were folded or unfolded: unchanged when all of it can still be seen,
 * else collapsed onto the nearest visible sentence; null when no sentence is visible.
 */
export function settleCursor(sentences: readonly ReaderSentence[], cursor: SentenceCursor, visible: Visible): SentenceCursor | null {
  const anchor = sentences[cursor.anchor];
  const focus = sentences[cursor.focus];
  if (anchor && focus && visible(anchor) && visible(focus)) return cursor;
  const index = nearestVisible(sentences, Math.min(cursor.focus, sentences.length - 1), visible);
  return index === -1 ? null : { anchor: index, focus: index };
}

/** Sentence `index` when visible, else the next visible one after it, else the last visible before it; -1 when none is. */
export function nearestVisible(sentences: readonly ReaderSentence[], index: number, visible: Visible): number {
  if (index < 0 || sentences.length === 0) return firstVisible(sentences, visible);
  if (sentences[index] && visible(sentences[index])) return index;
  const after = step(sentences, index, 1, visible);
  return after !== -1 ? after : step(sentences, index, -1, visible);
}

/**
 * The sentence at an offset of the stored text: the one containing it, else (in the space between
 * two sentences) the one after it, else the last. -1 when there are no sentences.
 */
export function sentenceIndexAt(sentences: readonly ReaderSentence[], offset: number): number {
  let low = 0;
  let high = sentences.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (sentences[middle]!.end > offset) {
      found = middle;
      high = middle - 1;
    } else {
      low = middle + 1;
    }
  }
  return found === -1 ? sentences.length - 1 : found;
}

/** [start, end) of everything the cursor covers. */
export function cursorSpan(sentences: readonly ReaderSentence[], cursor: SentenceCursor): { start: number; end: number } {
  const first = sentences[Math.min(cursor.anchor, cursor.focus)]!;
  const last = sentences[Math.max(cursor.anchor, cursor.focus)]!;
  return { start: first.start, end: last.end };
}

/** How many sentences the cursor covers. */
export function cursorSize(cursor: SentenceCursor): number {
  return Math.abs(cursor.focus - cursor.anchor) + 1;
}

/** The sentence under an offset for "Make claim from this sentence": in the paragraph the offset is in, or null. */
export function sentenceSpanAt(
  sentences: readonly ReaderSentence[],
  layout: TextLayout,
  offset: number,
): { start: number; end: number } | null {
  const block = blockAround(layout, offset);
  const index = sentenceIndexAt(sentences, offset);
  const sentence = sentences[index];
  if (!sentence || block === -1) return null;
  if (sentence.block === block && sentence.start <= offset) {
    return { start: sentence.start, end: sentence.end };
  }
  // In the space after a paragraph's last sentence: that sentence is the one meant.
  const before = sentences[index - 1];
  if (before && before.block === block) return { start: before.start, end: before.end };
  return sentence.block === block ? { start: sentence.start, end: sentence.end } : null;
}

/** The paragraph under an offset for "Make claim from this paragraph", without its surrounding space. */
export function paragraphSpanAt(text: string, layout: TextLayout, offset: number): { start: number; end: number } | null {
  const block = layout.blocks[blockAround(layout, offset)];
  return block ? trimSpan(text, block.start, block.end) : null;
}

/**
 * The paragraph an offset is in, counting its end as in it: a click after the last word of a
 * paragraph lands at its end, which is also where the gap before the next one begins.
 */
function blockAround(layout: TextLayout, offset: number): number {
  const index = blockIndexAt(layout, offset);
  const before = layout.blocks[index - 1];
  if (index > 0 && before && before.end === offset) return index - 1;
  return index;
}

/**
 * What a key press in the reader's text asks of the cursor. ↓ and ↑ step by sentence, and so do
 * the arrows along the line, which follow the text's direction (← is the next sentence in Arabic);
 * Ctrl/Cmd with ↓ or ↑ steps by paragraph; Home and End go to the first and last sentence; Shift
 * extends. Alt+↑/↓ stay the workbench's previous and next claim.
 */
export function cursorKeyAction(press: CursorKeyPress, direction: TextDirection): CursorKeyAction | null {
  if (press.altKey) return null;
  const command = press.ctrlKey || press.metaKey;
  const extend = press.shiftKey;
  const forwardKey = direction === 'rtl' ? 'ArrowLeft' : 'ArrowRight';
  const backwardKey = direction === 'rtl' ? 'ArrowRight' : 'ArrowLeft';
  switch (press.key) {
    case 'ArrowDown':
      return { kind: 'move', move: command ? 'next-paragraph' : 'next', extend };
    case 'ArrowUp':
      return { kind: 'move', move: command ? 'previous-paragraph' : 'previous', extend };
    case forwardKey:
      return command ? null : { kind: 'move', move: 'next', extend };
    case backwardKey:
      return command ? null : { kind: 'move', move: 'previous', extend };
    case 'Home':
      return { kind: 'move', move: 'first', extend };
    case 'End':
      return { kind: 'move', move: 'last', extend };
    case 'Escape':
      return command || extend ? null : { kind: 'escape' };
    case 'Enter':
      return command && !extend ? { kind: 'make-claim' } : null;
  }
  if (!command && !extend && press.key.toLowerCase() === 'c') return { kind: 'make-claim' };
  return null;
}

/** What a screen reader hears when the cursor moves: where it is among the visible sentences, and the words. */
export function describeCursor(
  text: string,
  sentences: readonly ReaderSentence[],
  cursor: SentenceCursor,
  visible: Visible,
): { position: string; words: string } {
  let total = 0;
  let low = 0;
  let high = 0;
  const first = Math.min(cursor.anchor, cursor.focus);
  const last = Math.max(cursor.anchor, cursor.focus);
  sentences.forEach((sentence, index) => {
    if (!visible(sentence)) return;
    total += 1;
    if (index === first) low = total;
    if (index === last) high = total;
  });
  const focus = sentences[cursor.focus]!;
  const words = text.slice(focus.start, focus.end);
  const position = low === high ? `Sentence ${low} of ${total}` : `Sentences ${low}–${high} of ${total}`;
  return { position, words };
}
