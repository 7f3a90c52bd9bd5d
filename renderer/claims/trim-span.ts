// A selection rarely starts and ends exactly on words: a drag picks up the space before a sentence
// or the newline after it. A claim covers the words only.

const SPACE = /\s/u;

/** [start, end) without leading and trailing whitespace; null when nothing but whitespace is left. */
export function trimSpan(text: string, start: number, end: number): { start: number; end: number } | null {
  let from = Math.max(0, Math.min(start, end));
  let to = Math.min(text.length, Math.max(start, end));
  while (from < to && SPACE.test(text[from]!)) from++;
  while (to > from && SPACE.test(text[to - 1]!)) to--;
  return to > from ? { start: from, end: to } : null;
}
