// Finding what full-text search matched, inside the original text. FTS5 folds case and diacritics
// ("Erdogan" matches "Erdoğan") and stems English words ("reports" matches "reported"), and the
// query offers other spellings ("centre", "center"), so the reader must do the same to land on the
// same words (see search-pattern), while still reporting offsets into the original, unfolded text.
import { findTerm, type TermPattern, termPattern, wordsOf } from './search-pattern.js';
import { spellingVariants } from './spelling-variants.js';

const NON_ASCII = /[^\u0000-\u007f]/gu;

/** Lower-cases and strips combining marks, remembering where each folded unit came from. */
export function foldWithMap(text: string): { folded: string; origin: Int32Array } {
  const pieces: string[] = [];
  // One entry per folded unit and one for the end; folding rarely makes a text longer, and the
  // array grows when it does. A typed array: a long text's map is filled millions of units at a time.
  let origin = new Int32Array(text.length + 16);
  let length = 0;
  const reserve = (units: number) => {
    if (length + units + 1 <= origin.length) return;
    const grown = new Int32Array(Math.max(origin.length * 2, length + units + 1));
    grown.set(origin.subarray(0, length));
    origin = grown;
  };
  let at = 0;
  // ASCII folds to its lower case unit for unit: runs of it are folded whole, the rest one by one.
  for (const match of text.matchAll(NON_ASCII)) {
    const index = match.index;
    if (index > at) {
      pieces.push(text.slice(at, index).toLowerCase());
      reserve(index - at);
      for (let i = at; i < index; i++) origin[length++] = i;
    }
    const piece = foldUnit(match[0]);
    reserve(piece.length);
    for (let k = 0; k < piece.length; k++) origin[length++] = index;
    pieces.push(piece);
    at = index + match[0].length;
  }
  if (at < text.length) {
    pieces.push(text.slice(at).toLowerCase());
    reserve(text.length - at);
    for (let i = at; i < text.length; i++) origin[length++] = i;
  }
  reserve(0);
  origin[length++] = text.length;
  return { folded: pieces.join(''), origin: origin.subarray(0, length) };
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
 * Each term is quoted, so FTS5 operators typed by accident (AND, NEAR, -, *) are just words; a term
 * with other English spellings ("demilitarised", "demilitarized") becomes a group of alternatives.
 * The index's porter stemmer takes care of inflections ("reports" finds "reported").
 */
export function ftsQuery(query: string): string | null {
  const terms = searchTerms(query);
  if (terms.length === 0) return null;
  // AND spelt out: FTS5 takes two phrases side by side as both, but not a bracketed group.
  return terms.map(ftsTerm).join(' AND ');
}

/** Phrasings of one term, the typed one included; a phrase of several variable words stops here. */
const MAX_PHRASINGS = 16;

function ftsTerm(term: string): string {
  const phrasings = [term, ...otherPhrasings(term)].map((phrasing) => `"${phrasing.replace(/"/g, '""')}"`);
  return phrasings.length === 1 ? phrasings[0]! : `(${phrasings.join(' OR ')})`;
}

function otherPhrasings(term: string): string[] {
  let phrasings: string[][] = [[]];
  for (const word of wordsOf(foldText(term))) {
    const spellings = spellingVariants(word);
    const next: string[][] = [];
    for (const phrasing of phrasings) {
      for (const spelling of spellings) if (next.length < MAX_PHRASINGS) next.push([...phrasing, spelling]);
    }
    phrasings = next;
  }
  // The first is every word as typed: the term itself.
  return phrasings.slice(1).map((words) => words.join(' '));
}

/** A search made ready for finding its matches in texts; compile once, use for every hit. */
export interface CompiledSearch {
  /** All the words in a row, for a search of several: where they meet is the match to show. */
  phrase: TermPattern | null;
  terms: TermPattern[];
}

export function compileSearch(query: string): CompiledSearch {
  const words = searchTerms(query);
  const terms = words.map((word) => termPattern(foldText(word))).filter((term) => term !== null);
  const phrase = words.length > 1 ? termPattern(foldText(words.join(' '))) : null;
  return { phrase, terms };
}

// Texts are folded a chunk at a time, so finding the first match in a long document costs about
// as much as the text up to it, not the whole document.
const CHUNK = 64 * 1024;

/** The earliest place any search term occurs, as offsets into the original text. */
export function firstMatch(text: string, query: string | CompiledSearch): { start: number; end: number } | null {
  const search = typeof query === 'string' ? compileSearch(query) : query;
  // The whole phrase first, so a search for "buffer zone" lands on the phrase, not a lone "buffer".
  const patterns = search.phrase ? [search.phrase, ...search.terms] : search.terms;
  if (patterns.length === 0) return null;
  // A match starting in a chunk may run past it: by inflections, by folding changing a unit's
  // length, by the separators between a phrase's words. The overlap leaves room to spare.
  const overlap = Math.max(...patterns.map((pattern) => pattern.length)) * 2 + 256;
  let best: { start: number; end: number } | null = null;
  for (let pos = 0; pos < text.length; pos += CHUNK) {
    // One unit before the chunk, so a match at its start is still checked for starting a word.
    const from = Math.max(0, pos - 1);
    const { folded, origin } = foldWithMap(text.slice(from, Math.min(text.length, pos + CHUNK + overlap)));
    let chunkStart = 0;
    while (origin[chunkStart]! < pos - from) chunkStart += 1;
    // A word found in an earlier chunk comes before anything in this one; only the phrase may still.
    const settled = best !== null;
    for (const [index, pattern] of patterns.entries()) {
      const isPhrase = index === 0 && search.phrase !== null;
      if (settled && !isPhrase) continue;
      const found = findTerm(folded, pattern, chunkStart);
      if (!found || from + origin[found.start]! >= pos + CHUNK) continue;
      const span = { start: from + origin[found.start]!, end: from + origin[found.end - 1]! + 1 };
      if (isPhrase) return span;
      if (!best || span.start < best.start) best = span;
    }
    // A lone word is the answer once found; a phrase may still come later in the text.
    if (best && !search.phrase) return best;
  }
  return best;
}

// About two dozen words around the first match, like FTS5's own snippet, but linear in the text:
// FTS5's snippet() scores every match against every other, which took seconds on a document with
// tens of thousands of matches while the host waited.
const WORDS_BEFORE = 8;
const WORDS_AFTER = 16;

/**
 * A snippet of the text around the first match of a search, its matches marked with `marks`, and
 * where that first match lies; null when nothing matches (a search FTS5 matched through another
 * field, the title). Every form the search matched is marked: "reported" and "reporting" for
 * "reports", "center" for "centre".
 */
export function searchSnippet(
  text: string,
  query: string | CompiledSearch,
  marks: { start: string; end: string },
): { snippet: string; start: number; end: number } | null {
  const search = typeof query === 'string' ? compileSearch(query) : query;
  const found = firstMatch(text, search);
  if (!found) return null;
  const { terms } = search;
  // With several words, the window around whichever word's first match shows the most of them:
  // "erdogan sochi" shows Sochi beside Erdoğan if they meet, rather than Erdoğan alone.
  let best = windowAround(text, found, terms, WORDS_BEFORE, WORDS_AFTER);
  if (terms.length > 1 && best.termsShown < terms.length) {
    for (const term of terms) {
      const at = firstMatch(text, { phrase: null, terms: [term] });
      if (!at) continue;
      // The match may open the window or close it: the other words may come before it or after.
      for (const [before, after] of [
        [WORDS_BEFORE, WORDS_AFTER],
        [WORDS_AFTER, WORDS_BEFORE],
      ] as const) {
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

function windowAround(text: string, match: { start: number; end: number }, terms: TermPattern[], before: number, after: number) {
  const from = wordsBack(text, match.start, before);
  const to = wordsForward(text, match.end, after);
  const window = text.slice(from, to);
  const { folded, origin } = foldWithMap(window);
  const spans: { start: number; end: number }[] = [];
  let termsShown = 0;
  for (const term of terms) {
    const before = spans.length;
    for (let found = findTerm(folded, term, 0); found; found = findTerm(folded, term, found.end)) {
      spans.push({ start: origin[found.start]!, end: origin[found.end - 1]! + 1 });
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
