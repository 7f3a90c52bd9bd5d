// Finding what full-text search matched, inside the original text. FTS5 folds case and diacritics
// ("Erdogan" matches "Erdoğan"), so the reader must do the same to land on the same words, while
// still reporting offsets into the original, unfolded text.

const NON_ASCII = /[^\u0000-\u007f]/gu;

/** Lower-cases and strips combining marks, remembering where each folded unit came from. */
export function foldWithMap(text: string): { folded: string; origin: number[] } {
  const pieces: string[] = [];
  const origin: number[] = [];
  let at = 0;
  // ASCII folds to its lower case unit for unit: runs of it are folded whole, the rest one by one.
  for (const match of text.matchAll(NON_ASCII)) {
    const index = match.index;
    if (index > at) pushRun(text, at, index, pieces, origin);
    const piece = foldUnit(match[0]);
    for (let k = 0; k < piece.length; k++) origin.push(index);
    pieces.push(piece);
    at = index + match[0].length;
  }
  if (at < text.length) pushRun(text, at, text.length, pieces, origin);
  origin.push(text.length);
  return { folded: pieces.join(''), origin };
}

function pushRun(text: string, from: number, to: number, pieces: string[], origin: number[]): void {
  pieces.push(text.slice(from, to).toLowerCase());
  for (let i = from; i < to; i++) origin.push(i);
}

function foldUnit(unit: string): string {
  return unit.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

export function foldText(text: string): string {
  return foldWithMap(text).folded;
}

/** The search's terms: "quoted phrases" stay whole, other words stand alone. */
export function searchTerms(query: string): string[] {
  const terms: string[] = [];
  const pattern = /"([^"]+)"|(\S+)/g;
  for (const match of query.matchAll(pattern)) {
    const term = (match[1] ?? match[2] ?? '').trim();
    const cleaned = match[1] ? term : term.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    if (cleaned) terms.push(cleaned);
  }
  return terms;
}

/**
 * An FTS5 MATCH expression for what a person typed: every term must appear, phrases as phrases.
 * Each term is quoted, so FTS5 operators typed by accident (AND, NEAR, -, *) are just words.
 */
export function ftsQuery(query: string): string | null {
  const terms = searchTerms(query);
  if (terms.length === 0) return null;
  return terms.map((term) => `"${term.replace(/"/g, '""')}"`).join(' ');
}

// Texts are folded a chunk at a time, so finding the first match in a long document costs about
// as much as the text up to it, not the whole document.
const CHUNK = 64 * 1024;

/** The earliest place any search term occurs, as offsets into the original text. */
export function firstMatch(text: string, query: string): { start: number; end: number } | null {
  const words = searchTerms(query);
  // The whole phrase first, so a search for "buffer zone" lands on the phrase, not a lone "buffer".
  const terms = (words.length > 1 ? [words.join(' '), ...words] : words).map(foldText).filter(Boolean);
  if (terms.length === 0) return null;
  const phrase = words.length > 1;
  // Folding can change a unit's length ("ß" stays one, a decomposed letter loses its mark), so the
  // overlap between chunks leaves room to spare for the longest term.
  const overlap = Math.max(...terms.map((t) => t.length)) * 2 + 16;
  let best: { start: number; end: number } | null = null;
  for (let pos = 0; pos < text.length; pos += CHUNK) {
    // One unit before the chunk, so a match at its start is still checked for starting a word.
    const from = Math.max(0, pos - 1);
    const { folded, origin } = foldWithMap(text.slice(from, Math.min(text.length, pos + CHUNK + overlap)));
    for (const [index, term] of terms.entries()) {
      let at = indexOfWord(folded, term);
      while (at >= 0 && from + origin[at]! < pos) at = indexOfWord(folded, term, at + 1);
      if (at < 0 || from + origin[at]! >= pos + CHUNK) continue;
      const span = { start: from + origin[at]!, end: from + origin[at + term.length - 1]! + 1 };
      if (index === 0 && phrase) return span;
      if (!best || span.start < best.start) best = span;
    }
    // A lone word is the answer once found; a phrase may still come later in the text.
    if (best && !phrase) return best;
  }
  return best;
}

const WORD_UNIT = /[\p{L}\p{N}]/u;

/** Like indexOf, but only where the term starts a word, as a full-text token match would. */
function indexOfWord(haystack: string, term: string, from = 0): number {
  let at = haystack.indexOf(term, from);
  while (at > 0 && WORD_UNIT.test(haystack[at - 1]!)) at = haystack.indexOf(term, at + 1);
  return at;
}

// About two dozen words around the first match, like FTS5's own snippet, but linear in the text:
// FTS5's snippet() scores every match against every other, which took seconds on a document with
// tens of thousands of matches while the host waited.
const WORDS_BEFORE = 8;
const WORDS_AFTER = 16;

/**
 * A snippet of the text around the first match of a search, its matches marked with `marks`, and
 * where that first match lies; null when nothing matches (a search FTS5 matched through another
 * field, the title).
 */
export function searchSnippet(
  text: string,
  query: string,
  marks: { start: string; end: string },
): { snippet: string; start: number; end: number } | null {
  const found = firstMatch(text, query);
  if (!found) return null;
  const words = searchTerms(query);
  const terms = words.map(foldText).filter(Boolean);
  // With several words, the window around whichever word's first match shows the most of them:
  // "erdogan sochi" shows Sochi beside Erdoğan if they meet, rather than Erdoğan alone.
  let best = windowAround(text, found, terms, WORDS_BEFORE, WORDS_AFTER);
  if (words.length > 1 && best.termsShown < terms.length) {
    for (const word of words) {
      const at = firstMatch(text, word);
      if (!at) continue;
      // The match may open the window or close it: the other words may come before it or after.
      for (const [before, after] of [[WORDS_BEFORE, WORDS_AFTER], [WORDS_AFTER, WORDS_BEFORE]] as const) {
        const candidate = windowAround(text, at, terms, before, after);
        if (candidate.termsShown > best.termsShown) best = candidate;
        if (best.termsShown === terms.length) break;
      }
    }
  }
  const { from, to, window, spans } = best;
  let snippet = from > 0 ? '…' : '';
  let at = 0;
  for (const span of spans) {
    if (span.start < at) continue;
    snippet += window.slice(at, span.start) + marks.start + window.slice(span.start, span.end) + marks.end;
    at = span.end;
  }
  snippet += window.slice(at) + (to < text.length ? '…' : '');
  return { snippet: snippet.replace(/\s+/gu, ' '), start: found.start, end: found.end };
}

function windowAround(text: string, match: { start: number; end: number }, terms: string[], before: number, after: number) {
  const from = wordsBack(text, match.start, before);
  const to = wordsForward(text, match.end, after);
  const window = text.slice(from, to);
  const { folded, origin } = foldWithMap(window);
  const spans: { start: number; end: number }[] = [];
  let termsShown = 0;
  for (const term of terms) {
    const before = spans.length;
    for (let at = indexOfWord(folded, term, 0); at >= 0; at = indexOfWord(folded, term, at + term.length)) {
      spans.push({ start: origin[at]!, end: origin[at + term.length - 1]! + 1 });
    }
    if (spans.length > before) termsShown += 1;
  }
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  return { from, to, window, spans, termsShown };
}

function wordsBack(text: string, from: number, words: number): number {
  let at = from;
  for (let n = 0; n < words && at > 0; n += 1) {
    while (at > 0 && /\s/u.test(text[at - 1]!)) at -= 1;
    while (at > 0 && !/\s/u.test(text[at - 1]!)) at -= 1;
  }
  return at;
}

function wordsForward(text: string, from: number, words: number): number {
  let at = from;
  for (let n = 0; n < words && at < text.length; n += 1) {
    while (at < text.length && /\s/u.test(text[at]!)) at += 1;
    while (at < text.length && !/\s/u.test(text[at]!)) at += 1;
  }
  return at;
}
