// Sentence segmentation for imported articles. Offsets are UTF-16 code units into the original
// text, so spans can be used directly as anchors and Lexical selections.

import { pairQuotations, type Quotation, type TextRange } from './quotations.js';

export type { Quotation, TextRange } from './quotations.js';

// Arabic question mark and Urdu full stop end sentences in RTL text; CJK/fullwidth marks appear in
// pasted wire copy.
const TERMINALS = new Set(['.', '!', '?', '…', '؟', '۔', '。', '！', '？', '‼', '⁇', '⁈', '⁉']);
const TRAILING_CLOSERS = new Set(['"', '”', '’', "'", '»', ')', ']', '}', '›']);

// Titles and other abbreviations that are virtually never the last word of a sentence, so a
// following capital starts a name rather than a new sentence ("Gov. Oleh Pavlenko"). Words like
// "etc." or "Inc." can end a sentence and are left to the general rule.
const NON_TERMINAL_ABBREVIATIONS = new Set([
  'Mr',
  'Mrs',
  'Ms',
  'Messrs',
  'Dr',
  'Prof',
  'Gen',
  'Lt',
  'Col',
  'Capt',
  'Sgt',
  'Maj',
  'Adm',
  'Brig',
  'Cmdr',
  'Cpl',
  'Pvt',
  'Rep',
  'Sen',
  'Gov',
  'Pres',
  'Rev',
  'Hon',
  'Amb',
  'Supt',
  'Insp',
  'Det',
  'St',
  'Mt',
  'Ft',
  'No',
  'Nos',
  'Art',
  'Fig',
  'vs',
  'cf',
  'approx',
  'ca',
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Sept',
  'Oct',
  'Nov',
  'Dec',
  'Sheikh',
  // Russian: "им. Ленина", "ул. Тверская", "т. е.", "проф. Иванов", "ген. Сидоров"
  'им',
  'ул',
  'пр',
  'проф',
  'ген',
  'акад',
  'т',
  'св',
  'тов',
  'гр',
]);

// Titles before a name: a line ending in one ("said Sen.") continues on the next ("Rob Portman"),
// as in text whose sentences were split one per line at every period.
const TITLES_BEFORE_NAMES = new Set([
  'Mr',
  'Mrs',
  'Ms',
  'Messrs',
  'Dr',
  'Prof',
  'Gen',
  'Lt',
  'Col',
  'Capt',
  'Sgt',
  'Maj',
  'Adm',
  'Brig',
  'Cmdr',
  'Cpl',
  'Pvt',
  'Rep',
  'Sen',
  'Gov',
  'Pres',
  'Rev',
  'Hon',
  'Amb',
  'Supt',
  'Insp',
  'Det',
  'Sheikh',
]);

// A name (or a title and name) and a speech verb: what follows a quotation it attributes.
const ATTRIBUTION_AFTER_QUOTE =
  /^(?:\p{Lu}[\p{L}'’.-]*\s+){1,4}(?:said|says|asked|asks|added|adds|told|tells|wrote|writes|replied|replies|shouted|wondered|recalled|explained|insisted)\b/u;

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
 * not split it, so `“A. B,” he said.` stays one sentence with its attribution — also when the
 * quotation runs over several lines, as it does in text stored one sentence per line.
 */
export function splitSentences(text: string): TextRange[] {
  const sentences: TextRange[] = [];
  const blocks = splitBlocks(text);
  const quotations = pairQuotations(text, blocks).filter((q) => q.end - q.start <= MAX_PROTECTED_QUOTATION);
  for (const unit of joinQuotedBlocks(blocks, quotations)) {
    let sentenceStart = unit.start;
    let i = unit.start;
    while (i < unit.end) {
      const ch = text[i] as string;
      if (!TERMINALS.has(ch)) {
        i += 1;
        continue;
      }
      let runEnd = i;
      while (runEnd < unit.end && TERMINALS.has(text[runEnd] as string)) runEnd += 1;
      let afterClosers = runEnd;
      while (afterClosers < unit.end && TRAILING_CLOSERS.has(text[afterClosers] as string)) {
        afterClosers += 1;
      }
      const boundary = !insideQuotation(quotations, i, afterClosers) && isBoundary(text, unit.start, unit.end, i, runEnd, afterClosers);
      if (boundary) {
        pushTrimmed(text, sentences, sentenceStart, afterClosers);
        sentenceStart = afterClosers;
      }
      i = Math.max(afterClosers, i + 1);
    }
    pushTrimmed(text, sentences, sentenceStart, unit.end);
  }
  return sentences;
}

/** Blocks that one quotation spans are one unit for sentence splitting. */
function joinQuotedBlocks(blocks: TextRange[], quotations: Quotation[]): TextRange[] {
  const units: TextRange[] = [];
  let q = 0;
  for (const block of blocks) {
    const last = units[units.length - 1];
    while (q < quotations.length && (quotations[q] as Quotation).end <= block.start) q += 1;
    const spanning = quotations[q];
    if (last && spanning && spanning.start < last.end && spanning.end > block.start) {
      last.end = block.end;
    } else {
      units.push({ ...block });
    }
  }
  return units;
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
 * Outermost balanced quotations within [start, end), including those that run over several
 * lines or paragraphs (see pairQuotations).
 */
export function findQuotations(text: string, start = 0, end = text.length): Quotation[] {
  return pairQuotations(text, splitBlocks(text)).filter((q) => q.start >= start && q.end <= end);
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

function isBoundary(text: string, blockStart: number, blockEnd: number, at: number, runEnd: number, afterClosers: number): boolean {
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
  // “Why is that relevant?” Bacon said. — the attribution after a quoted question belongs to it;
  // A period ends the quoted sentence and the writer's own sentence with it: “…wrong.” Daigle said that …
  const questionOrExclamation = /[?!]/u.test(text[runEnd - 1] as string);
  if (
    questionOrExclamation &&
    afterClosers > runEnd &&
    /["”’']/u.test(text[afterClosers - 1] as string) &&
    ATTRIBUTION_AFTER_QUOTE.test(text.slice(next, next + 60))
  ) {
    return false;
  }
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
  if (
    last === '.' &&
    UPPERCASE.test(first) &&
    TITLES_BEFORE_NAMES.has(
      wordBefore(text, 0, prevLineEnd - 1)
        .split('.')
        .pop() ?? '',
    )
  )
    return true;
  return /[\p{L}\p{N},;(-]/u.test(last) && LOWERCASE.test(first) && LETTER.test(first);
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
