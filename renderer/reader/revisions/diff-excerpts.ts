// The differences of two versions as a reader scans them: the changes with a little unchanged text
// around each, and the long unchanged stretches between them folded into "… unchanged …" notes.
import type { DiffSegment } from '../../../core/text/text-diff.js';

export type DiffPiece =
  | { kind: 'equal' | 'insert' | 'delete'; text: string; key: string }
  /** Unchanged text left out: how many characters. */
  | { kind: 'gap'; hidden: number; key: string };

/** Unchanged characters shown on each side of a change: about two lines of the reader. */
export const CONTEXT_CHARACTERS = 180;

/** Every segment whole: the new text with the old one's deletions in it. */
export function wholeText(segments: readonly DiffSegment[]): DiffPiece[] {
  return segments.map((segment, index) => ({ kind: segment.kind, text: segment.text, key: `${index}` }));
}

/** The changes, each with up to `context` unchanged characters before and after it. */
export function changesOnly(segments: readonly DiffSegment[], context = CONTEXT_CHARACTERS): DiffPiece[] {
  const pieces: DiffPiece[] = [];
  segments.forEach((segment, index) => {
    const key = `${index}`;
    if (segment.kind !== 'equal') {
      pieces.push({ kind: segment.kind, text: segment.text, key });
      return;
    }
    const changeBefore = index > 0;
    const changeAfter = index < segments.length - 1;
    const { text } = segment;
    // A stretch barely longer than what would be shown is shown whole rather than cut for a few words.
    if (changeBefore && changeAfter && text.length <= 2 * context + context / 2) {
      pieces.push({ kind: 'equal', text, key });
      return;
    }
    const head = changeBefore ? text.slice(0, cutAfter(text, Math.min(context, text.length))) : '';
    const tail = changeAfter ? text.slice(cutBefore(text, Math.max(head.length, text.length - context))) : '';
    if (head) pieces.push({ kind: 'equal', text: head, key: `${key}:head` });
    const hidden = text.length - head.length - tail.length;
    if (hidden > 0) pieces.push({ kind: 'gap', hidden, key: `${key}:gap` });
    if (tail) pieces.push({ kind: 'equal', text: tail, key: `${key}:tail` });
  });
  return pieces;
}

/** Where to end a head of about `at` characters: after the last space before it, never inside a surrogate pair. */
function cutAfter(text: string, at: number): number {
  if (at >= text.length) return text.length;
  const space = text.lastIndexOf(' ', at);
  return keepPair(text, space > at / 2 ? space + 1 : at);
}

/** Where to start a tail of about `text.length - at` characters: at the next word after `at`. */
function cutBefore(text: string, at: number): number {
  if (at <= 0) return 0;
  const space = text.indexOf(' ', at);
  return keepPair(text, space >= 0 && space < at + (text.length - at) / 2 ? space + 1 : at);
}

function keepPair(text: string, at: number): number {
  const code = text.charCodeAt(at);
  return code >= 0xdc00 && code <= 0xdfff ? at + 1 : at;
}
