// Sentence segmentation for imported articles. Offsets are UTF-16 code units into the original
// text, so spans can be used directly as anchors and Lexical selections.

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

// Arabic question mark and Urdu full stop end sentences in RTL text; CJK/fullwidth marks appear in
// pasted wire copy.
const TERMINALS = new Set(['.', '!', '?', '…', '؟', '۔', '。', '！', '？', '‼', '⁇', '⁈', '⁉']);
const TRAILING_CLOSERS = new Set(['"', '”', '’', "'", '»', ')', ']', '}', '›']);

// Titles and other abbreviations that are virtually never the last word of a sentence, so a
// following capital starts a name rather than a new sentence ("Gov. Oleh Pavlenko"). Words like
// "etc." or "Inc." can end a sentence and are left to the general rule.
const NON_TERMINAL_ABBREVIATIONS = new Set([
  'Mr', 'Mrs', 'Ms', 'Messrs', 'Dr', 'Prof', 'Gen', 'Lt', 'Col', 'Capt', 'Sgt', 'Maj', 'Adm',
  'Brig', 'Cmdr', 'Cpl', 'Pvt', 'Rep', 'Sen', 'Gov', 'Pres', 'Rev', 'Hon', 'Amb', 'Supt', 'Insp',
  'Det', 'St', 'Mt', 'Ft', 'No', 'Nos', 'Art', 'Fig', 'vs', 'cf', 'approx', 'ca', 'Jan', 'Feb',
  'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec', 'Sheikh',
  // Russian: "им. Ленина", "ул. Тверская", "т. е.", "проф. Иванов", "ген. Сидоров"
  'им', 'ул', 'пр', 'проф', 'ген', 'акад', 'т', 'св', 'тов', 'гр',
]);

// A quotation longer than this is more likely an unbalanced pair of marks than one utterance,
// and protecting it would merge unrelated sentences.
const MAX_PROTECTED_QUOTATION = 1500;

const LOWERCASE = /\p{Ll}/u;
const UPPERCASE = /\p{Lu}/u;
const LETTER = /\p{L}/u;
const WHITESPACE = /\s/u;

/**
 * Splits text into sentences. Blank lines and most line breaks end a sentence (imported articles
 * are one paragraph or widget label per line); a line break inside a sentence that continues in
 * lower case is treated as soft wrapping. Sentence punctuation inside a balanced quotation does
 * not split it, so `“A. B,” he said.` stays one sentence with its attribution.
 */
export function splitSentences(text: string): TextRange[] {
  const sentences: TextRange[] = [];
  for (const block of splitBlocks(text)) {
    const quotations = pairQuotations(text, block.start, block.end).filter(
      (q) => q.end - q.start <= MAX_PROTECTED_QUOTATION,
    );
    let sentenceStart = block.start;
    let i = block.start;
    while (i < block.end) {
      const ch = text[i] as string;
      if (!TERMINALS.has(ch)) {
        i += 1;
        continue;
      }
      let runEnd = i;
      while (runEnd < block.end && TERMINALS.has(text[runEnd] as string)) runEnd += 1;
      let afterClosers = runEnd;
      while (afterClosers < block.end && TRAILING_CLOSERS.has(text[afterClosers] as string)) {
        afterClosers += 1;
      }
      const boundary =
        !insideQuotation(quotations, i, afterClosers) &&
        isBoundary(text, block.start, block.end, i, runEnd, afterClosers);
      if (boundary) {
        pushTrimmed(text, sentences, sentenceStart, afterClosers);
        sentenceStart = afterClosers;
      }
      i = Math.max(afterClosers, i + 1);
    }
    pushTrimmed(text, sentences, sentenceStart, block.end);
  }
  return sentences;
}

/**
 * Paragraph-like blocks: runs of lines joined by soft wraps. A line break is soft only when the
 * line ends mid-phrase and the next line continues in lower case ("… on\nalwaght.net").
 */
export function splitBlocks(text: string): TextRange[] {
  const lines: TextRange[] = [];
  let lineStart = 0;
  for (let i = 0; i <= text.length; i += 1) {
    if (i === text.length || text[i] === '\n') {
      const end = i > lineStart && text[i - 1] === '\r' ? i - 1 : i;
      lines.push({ start: lineStart, end });
      lineStart = i + 1;
    }
  }
  const blocks: TextRange[] = [];
  let current: TextRange | null = null;
  for (const line of lines) {
    const trimmed = trimRange(text, line.start, line.end);
    if (!trimmed) {
      if (current) blocks.push(current);
      current = null;
      continue;
    }
    if (current && isSoftWrap(text, current.end, trimmed.start)) {
      current = { start: current.start, end: trimmed.end };
    } else {
      if (current) blocks.push(current);
      current = trimmed;
    }
  }
  if (current) blocks.push(current);
  return blocks;
}

/**
 * Outermost balanced quotations within [start, end), paired per block so that a stray mark in
 * one paragraph cannot swallow the next. Curly, straight, guillemet and low-9 quotes are
 * recognised; single quotes are not, because ’ is far more often an apostrophe (Hay’at, Turkey’s).
 */
export function findQuotations(text: string, start = 0, end = text.length): Quotation[] {
  const result: Quotation[] = [];
  for (const block of splitBlocks(text)) {
    if (block.end <= start) continue;
    if (block.start >= end) break;
    for (const q of pairQuotations(text, block.start, block.end)) {
      if (q.start >= start && q.end <= end) result.push(q);
    }
  }
  return result;
}

function pairQuotations(text: string, start: number, end: number): Quotation[] {
  // One pass. Different quote families may nest («… „…“ …»); a second opener of the family
  // already open means the first one was stray, so the quotation restarts there. Openers left
  // open at the end of the block were stray too and are dropped.
  const found: Quotation[] = [];
  const stack: { index: number; mark: string }[] = [];
  for (let i = start; i < end; i += 1) {
    const ch = text[i] as string;
    const top = stack[stack.length - 1];
    if (top && closes(top.mark, ch, text, i)) {
      stack.pop();
      if (stack.length === 0) {
        found.push({ start: top.index, end: i + 1, innerStart: top.index + 1, innerEnd: i });
      }
      continue;
    }
    if (!opens(ch, text, i, start)) continue;
    const sameFamily = stack.findIndex((open) => family(open.mark) === family(ch));
    if (sameFamily !== -1) stack.length = sameFamily;
    stack.push({ index: i, mark: ch });
  }
  return found;
}

function family(mark: string): string {
  return mark === '„' ? '“' : mark;
}

function opens(ch: string, text: string, i: number, blockStart: number): boolean {
  if (ch === '“' || ch === '„' || ch === '«') return true;
  if (ch !== '"') return false;
  const prev = i > blockStart ? (text[i - 1] as string) : ' ';
  const next = text[i + 1] ?? ' ';
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
    default:
      return false;
  }
}

function insideQuotation(quotations: Quotation[], at: number, afterClosers: number): boolean {
  // Quotations are disjoint and sorted: find the last one starting at or before `at`.
  let lo = 0;
  let hi = quotations.length - 1;
  let found: Quotation | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const q = quotations[mid] as Quotation;
    if (q.start <= at) {
      found = q;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  // Punctuation right before the closing mark ends the quotation, not the sentence protection.
  return !!found && found.innerStart <= at && at < found.innerEnd && found.end > afterClosers;
}

function isBoundary(
  text: string,
  blockStart: number,
  blockEnd: number,
  at: number,
  runEnd: number,
  afterClosers: number,
): boolean {
  const singlePeriod = text[at] === '.' && runEnd - at === 1;
  let next = afterClosers;
  while (next < blockEnd && WHITESPACE.test(text[next] as string)) next += 1;
  if (next >= blockEnd) return true;
  const nextChar = text[next] as string;
  const word = wordBefore(text, blockStart, at);

  if (next === afterClosers) {
    // No space after the mark: decimals, domains and initials ("U.S"), except a typed-together
    // sentence end like "CONFUSION.Pure" (a word, a period, then a capitalised word).
    return (
      singlePeriod &&
      word.length >= 2 &&
      !word.includes('.') &&
      UPPERCASE.test(nextChar) &&
      LOWERCASE.test(text[next + 1] ?? '') &&
      !NON_TERMINAL_ABBREVIATIONS.has(word)
    );
  }
  if (LOWERCASE.test(nextChar)) return false;
  if (!singlePeriod) return true;
  if (NON_TERMINAL_ABBREVIATIONS.has(word)) return false;
  if (/^(?:\p{L}\.)+\p{L}$/u.test(word)) return false; // U.S. / e.g. / т.е.
  if (/^\p{Lu}$/u.test(word)) return false; // an initial: "J. Smith", "В. Путин"
  if (/^\d+$/u.test(word) && isListMarker(text, blockStart, at - word.length)) return false;
  return true;
}

function wordBefore(text: string, blockStart: number, at: number): string {
  let i = at;
  while (i > blockStart && /[\p{L}\p{M}\p{N}.]/u.test(text[i - 1] as string)) i -= 1;
  return text.slice(i, at);
}

function isListMarker(text: string, blockStart: number, wordStart: number): boolean {
  return text.slice(blockStart, wordStart).trim() === '';
}

function isSoftWrap(text: string, prevLineEnd: number, nextLineStart: number): boolean {
  const last = text[prevLineEnd - 1] ?? '';
  const first = text[nextLineStart] ?? '';
  return /[\p{L}\p{N},;(\-]/u.test(last) && LOWERCASE.test(first) && LETTER.test(first);
}

function trimRange(text: string, start: number, end: number): TextRange | null {
  let s = start;
  let e = end;
  while (s < e && WHITESPACE.test(text[s] as string)) s += 1;
  while (e > s && WHITESPACE.test(text[e - 1] as string)) e -= 1;
  return s < e ? { start: s, end: e } : null;
}

function pushTrimmed(text: string, out: TextRange[], start: number, end: number): void {
  const range = trimRange(text, start, end);
  if (range) out.push(range);
}
