/** One run of text as the PDF places it; y grows upwards, units are PDF points. */
export interface PlacedText {
  text: string;
  x: number;
  y: number;
  width: number;
  height: number;
  endsLine: boolean;
}

interface Line {
  text: string;
  x: number;
  y: number;
  end: number;
  height: number;
}

// A lone page number or "Page 3 of 12" at the top or bottom of a page is a running header/footer.
const PAGE_NUMBER = /^(page\s+)?\d{1,4}(\s*(of|\/)\s*\d{1,4})?$/i;
const SENTENCE_END = /[.!?:;"”’»)\]…]$/;

/**
 * A PDF's pages as plain text. Runs on one baseline form a line; lines form a paragraph until
 * the gap to the next line is clearly larger than the usual line spacing, the font size changes,
 * the next line is indented, or a short line ends a sentence. Lines of a paragraph are joined
 * with spaces (PDFs wrap lines, articles do not), a word hyphenated across a line break is
 * joined again, page numbers are dropped, and a paragraph that runs over a page break is kept
 * whole.
 */
export function pagesToText(pages: PlacedText[][]): string {
  const paragraphs: string[] = [];
  for (const items of pages) {
    const pageParagraphs = paragraphsOf(dropPageNumbers(linesOf(items)));
    const first = pageParagraphs[0];
    const previous = paragraphs[paragraphs.length - 1];
    if (first !== undefined && previous !== undefined && !SENTENCE_END.test(previous) && /^\p{Ll}/u.test(first)) {
      paragraphs[paragraphs.length - 1] = joinLines(previous, first);
      pageParagraphs.shift();
    }
    paragraphs.push(...pageParagraphs);
  }
  return paragraphs.join('\n\n');
}

function linesOf(items: PlacedText[]): Line[] {
  const lines: Line[] = [];
  let current: Line | null = null;
  const finish = (): void => {
    if (current && current.text.trim() !== '') lines.push({ ...current, text: current.text.trim() });
    current = null;
  };
  for (const item of items) {
    if (item.text === '') {
      if (item.endsLine) finish();
      continue;
    }
    const height = Math.max(item.height, 1);
    if (current !== null) {
      const line: Line = current;
      const sameBaseline = Math.abs(item.y - line.y) <= 0.5 * Math.max(line.height, height);
      if (!sameBaseline) finish();
    }
    if (current === null) {
      current = { text: item.text, x: item.x, y: item.y, end: item.x + item.width, height };
    } else {
      const line: Line = current;
      const gap = item.x - line.end;
      const needsSpace = (gap > 0.15 * height || gap < -height) && !/\s$/.test(line.text) && !/^\s/.test(item.text);
      line.text += (needsSpace ? ' ' : '') + item.text;
      line.end = Math.max(line.end, item.x + item.width);
      line.height = Math.max(line.height, height);
    }
    if (item.endsLine) finish();
  }
  finish();
  return lines;
}

function dropPageNumbers(lines: Line[]): Line[] {
  const kept = [...lines];
  if (kept.length > 1 && PAGE_NUMBER.test(kept[kept.length - 1]!.text)) kept.pop();
  if (kept.length > 1 && PAGE_NUMBER.test(kept[0]!.text)) kept.shift();
  return kept;
}

function paragraphsOf(lines: Line[]): string[] {
  if (lines.length === 0) return [];
  const spacing = usualSpacing(lines);
  const left = Math.min(...lines.map((line) => line.x));
  const right = Math.max(...lines.map((line) => line.end));
  const paragraphs: string[] = [];
  let paragraph = lines[0]!.text;
  for (let i = 1; i < lines.length; i++) {
    const previous = lines[i - 1]!;
    const line = lines[i]!;
    const gap = previous.y - line.y;
    const sizeChanged = Math.abs(line.height - previous.height) > 0.15 * Math.max(line.height, previous.height);
    const lineSpacing = spacing.get(sizeKey(line.height)) ?? 1.2 * line.height;
    const wideGap = gap < 0 || gap > 1.3 * lineSpacing;
    const indented = line.x > previous.x + 1.5 * line.height && line.x > left + 1.5 * line.height;
    const shortEnding = previous.end < left + 0.8 * (right - left) && SENTENCE_END.test(previous.text);
    if (wideGap || sizeChanged || indented || shortEnding) {
      paragraphs.push(paragraph);
      paragraph = line.text;
    } else {
      paragraph = joinLines(paragraph, line.text);
    }
  }
  paragraphs.push(paragraph);
  return paragraphs;
}

/** The smallest regular gap between consecutive lines of each font size: the line spacing. */
function usualSpacing(lines: Line[]): Map<number, number> {
  const spacing = new Map<number, number>();
  for (let i = 1; i < lines.length; i++) {
    const [a, b] = [lines[i - 1]!, lines[i]!];
    const gap = a.y - b.y;
    if (sizeKey(a.height) !== sizeKey(b.height) || gap < 0.8 * b.height) continue;
    const key = sizeKey(b.height);
    spacing.set(key, Math.min(spacing.get(key) ?? Infinity, gap));
  }
  return spacing;
}

function sizeKey(height: number): number {
  return Math.round(height);
}

function joinLines(paragraph: string, next: string): string {
  if (/\p{L}[-\u00AD]$/u.test(paragraph) && /^\p{Ll}/u.test(next)) return paragraph.slice(0, -1) + next;
  return `${paragraph} ${next}`;
}
