/** A non-empty line of a document with the UTF-16 offset where it starts. */
export interface TextLine {
  text: string;
  start: number;
}

/** The non-empty lines of the text, trimmed, with their offsets into the untrimmed text. */
export function nonEmptyLines(text: string): TextLine[] {
  const lines: TextLine[] = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    const raw = text.slice(start, end);
    const trimmed = raw.trim();
    if (trimmed.length > 0) lines.push({ text: trimmed, start: start + raw.indexOf(trimmed) });
    start = end + 1;
  }
  return lines;
}

export function wordCount(line: string): number {
  const words = line.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu);
  return words ? words.length : 0;
}

/**
 * A line of running prose: long enough to be a sentence or a paragraph rather than a menu item,
 * a heading or a name.
 */
export function isProseLine(line: string): boolean {
  const words = wordCount(line);
  if (words >= 25) return true;
  return words >= 12 && /[.!?…"”’»)]$/.test(line);
}
