// Quotation pairing. Offsets are UTF-16 code units into the original text.

/** A range of text; `end` is exclusive. */
export interface TextRange {
  start: number;
  end: number;
}

/** A balanced quotation: `start`/`end` include the quote marks, `inner*` exclude them. */
export interface Quotation {
  start: number;
  end: number;
  innerStart: number;
  innerEnd: number;
}

// A quotation may run over several lines: articles stored one sentence per line split a quoted
// passage of three sentences over three lines, and the attribution sits on the last. Beyond these
// bounds an unclosed mark is far more likely stray than the start of one utterance.
const MAX_CARRIED_LINES = 12;
const MAX_CARRIED_LENGTH = 4000;
// A single-quoted passage (in papers that quote with single marks) is a few sentences at most.
const MAX_CARRIED_SINGLE_LINES = 6;

const WHITESPACE = /\s/u;

interface OpenMark {
  index: number;
  mark: string;
  /** Lines the mark has been carried over, 0 while on its own line. */
  lines: number;
}

// A closing mark right after the end of a sentence or clause: `here.'`, `sorry,'`.
const QUOTE_CLOSER_AFTER_PUNCTUATION = /[.,!?…]['’"”](?!\p{L})/gu;
const DOUBLE_CLOSER = /["”]/u;

/**
 * Outermost balanced quotations in the given lines (blocks), which must be sorted and disjoint.
 * Curly, straight, guillemet and low-9 quotes are recognised, and single quotes as some papers use
 * them ('No,' he told NBC) — but only within a line, around words that end in punctuation or run
 * to two words or more, because ’ and ' are far more often apostrophes (Hay’at, the Smiths' house).
 *
 * A mark left open at the end of a line is carried to the next line and closes there or later,
 * so a quotation spread over one-sentence-per-line text stays one. A single quote is carried only
 * in text whose house style quotes with single marks (more quotations close with `.'` than with
 * `."`), and then only to a closing mark right after punctuation. Across a blank line it is
 * carried only when the next paragraph opens with a mark of the same kind — the convention for a
 * quotation of several paragraphs, each opened and only the last one closed. A second opener of
 * the same kind anywhere else means the carried mark was stray, and pairing restarts there.
 */
export function pairQuotations(text: string, lines: readonly TextRange[]): Quotation[] {
  const found: Quotation[] = [];
  const singleStyle = quotesWithSingleMarks(text, lines);
  let carried: OpenMark | null = null;
  let previousEnd = -1;
  for (const line of lines) {
    if (carried) {
      const maxLines = isSingle(carried.mark) ? MAX_CARRIED_SINGLE_LINES : MAX_CARRIED_LINES;
      const paragraphBreak = previousEnd >= 0 && /\n[^\S\n]*\r?\n/u.test(text.slice(previousEnd, line.start));
      const reopens =
        opens(text[line.start] as string, text, line.start, line.start) && family(text[line.start] as string) === family(carried.mark);
      if ((paragraphBreak && !reopens) || carried.lines >= maxLines || line.end - carried.index > MAX_CARRIED_LENGTH) {
        carried = null;
      }
    }
    const stack: OpenMark[] = carried ? [carried] : [];
    let i = line.start;
    // The paragraph's own opening mark continues the carried quotation rather than starting one.
    if (carried && family(text[i] as string) === family(carried.mark) && opens(text[i] as string, text, i, line.start)) i += 1;
    for (; i < line.end; i += 1) {
      const ch = text[i] as string;
      const top = stack[stack.length - 1];
      if (top && closes(top.mark, ch, text, i) && (top.lines === 0 || !isSingle(top.mark) || /[.,!?…]/u.test(text[i - 1] as string))) {
        stack.pop();
        if (isSingle(top.mark) && !quotesWords(text, top.index + 1, i)) continue;
        if (stack.length === 0) found.push({ start: top.index, end: i + 1, innerStart: top.index + 1, innerEnd: i });
        continue;
      }
      if (!opens(ch, text, i, line.start)) continue;
      const sameFamily = stack.findIndex((open) => family(open.mark) === family(ch));
      if (sameFamily !== -1) stack.length = sameFamily;
      stack.push({ index: i, mark: ch, lines: 0 });
    }
    // Only the outermost open mark can still be closed later; inner ones were stray. A single
    // quote is carried only in single-quote house style: elsewhere, over a line break, it is far
    // more likely an apostrophe ('Oumuamua, the '90s).
    const outer = stack.find((open) => !isSingle(open.mark) || singleStyle);
    carried = outer ? { ...outer, lines: outer.lines + 1 } : null;
    previousEnd = line.end;
  }
  return found;
}

/** Whether the text quotes with single marks: its quotations close with `.'` more than `."`. */
function quotesWithSingleMarks(text: string, lines: readonly TextRange[]): boolean {
  let single = 0;
  let double = 0;
  for (const line of lines) {
    for (const m of text.slice(line.start, line.end).matchAll(QUOTE_CLOSER_AFTER_PUNCTUATION)) {
      if (DOUBLE_CLOSER.test(m[0].slice(-1))) double += 1;
      else single += 1;
    }
  }
  return single >= 2 && single > double;
}

function isSingle(mark: string): boolean {
  return mark === "'" || mark === '‘';
}

/** Words a single-quoted stretch can be a quotation of: ending in punctuation, or two or more. */
function quotesWords(text: string, start: number, end: number): boolean {
  const inner = text.slice(start, end);
  return /[.,!?…]$/u.test(inner) || /\p{L}+\s+\p{L}+/u.test(inner);
}

function family(mark: string): string {
  return mark === '„' ? '“' : mark;
}

function opens(ch: string, text: string, i: number, lineStart: number): boolean {
  if (ch === '“' || ch === '„' || ch === '«') return true;
  const prev = i > lineStart ? (text[i - 1] as string) : ' ';
  const next = text[i + 1] ?? ' ';
  if (ch === "'" || ch === '‘') return /[\s([{—–\-/:«“„"]/u.test(prev) && /\p{L}/u.test(next);
  if (ch !== '"') return false;
  return /[\s([{—–\-/:«“„]/u.test(prev) && !WHITESPACE.test(next);
}

function closes(openMark: string, ch: string, text: string, i: number): boolean {
  switch (openMark) {
    case '“':
      return ch === '”';
    case '„':
      return ch === '“' || ch === '”';
    case '«':
      return ch === '»';
    case '"':
      return ch === '"' && !WHITESPACE.test(text[i - 1] ?? ' ');
    case "'":
    case '‘':
      // A closing single quote is followed by no letter: "'No,' he said", not "don't".
      return (ch === "'" || ch === '’') && !WHITESPACE.test(text[i - 1] ?? ' ') && !/\p{L}/u.test(text[i + 1] ?? ' ');
    default:
      return false;
  }
}
