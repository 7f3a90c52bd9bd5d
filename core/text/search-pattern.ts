// What one search term matches, the way the full-text index matches it: word by word, each word
// standing for every spelling of it (colour, color) and every word the index's porter stemmer
// reduces to the same stem (reports, reported, reporting). Works on folded text (see fold-search).
import { porterStem } from './porter-stem.js';
import { spellingVariants } from './spelling-variants.js';

export interface WordPattern {
  /** The porter stems of the word's spellings; a word of the text matches when its stem is one. */
  stems: ReadonlySet<string>;
  /** Beginnings every matching word starts with: where to look before stemming anything. */
  keys: readonly string[];
  /** Whether a folded word of the text has one of the stems. */
  matches(word: string): boolean;
}

/** A term: one word, or the words of a phrase in a row. */
export interface TermPattern {
  words: readonly WordPattern[];
  /** Length of the folded term, for how far a match may run past where it starts. */
  length: number;
}

/** The words of folded text as the index's tokenizer cuts them: runs of letters and digits. */
export function wordsOf(folded: string): string[] {
  return folded.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/** The pattern of a folded term, or null when it has no word to look for. */
export function termPattern(foldedTerm: string): TermPattern | null {
  const words = wordsOf(foldedTerm);
  if (words.length === 0) return null;
  return { words: words.map(wordPattern), length: foldedTerm.length };
}

function wordPattern(word: string): WordPattern {
  const stems = new Set(spellingVariants(word).map(porterStem));
  // The stemmer only removes endings and rewrites the last letter it leaves ("hoping" → "hope",
  // "happy" → "happi"), so every word with a given stem starts with all of it but its last letter.
  // Checked against SQLite's own stemmer (test/unit/core/text/porter-stem.test.ts).
  const prefixes = [...new Set([...stems].map((stem) => stem.slice(0, Math.max(1, stem.length - 1))))];
  // A key that starts with a shorter key finds nothing the shorter one does not.
  const keys = prefixes.filter((key) => !prefixes.some((other) => other !== key && key.startsWith(other)));
  // Texts repeat their words ("the" of "the border" thousands of times): each is stemmed once.
  const seen = new Map<string, boolean>();
  const matches = (candidate: string): boolean => {
    let answer = seen.get(candidate);
    if (answer === undefined) {
      answer = stems.has(porterStem(candidate));
      if (seen.size < MAX_REMEMBERED_WORDS) seen.set(candidate, answer);
    }
    return answer;
  };
  return { stems, keys, matches };
}

const MAX_REMEMBERED_WORDS = 10_000;

/**
 * The earliest match of a term at or after `from` in folded text, as offsets into it. The cost is
 * one indexOf pass per key plus stemming the words that start with a key: linear in the text.
 */
export function findTerm(folded: string, pattern: TermPattern, from: number): { start: number; end: number } | null {
  const { keys } = pattern.words[0]!;
  const next = keys.map((key) => nextWordStart(folded, key, from));
  for (;;) {
    let k = -1;
    for (let i = 0; i < next.length; i++) {
      if (next[i]! >= 0 && (k < 0 || next[i]! < next[k]!)) k = i;
    }
    if (k < 0) return null;
    const at = next[k]!;
    const end = matchAt(folded, pattern, at);
    if (end >= 0) return { start: at, end };
    next[k] = nextWordStart(folded, keys[k]!, at + 1);
  }
}

/** Where the term's words follow one another from `at`, the end of the last; -1 when they do not. */
function matchAt(folded: string, pattern: TermPattern, at: number): number {
  let pos = at;
  for (const [index, word] of pattern.words.entries()) {
    if (index > 0) {
      // Words of a phrase are separated by anything that is not a word, as in the index.
      while (pos < folded.length && wordUnitLength(folded, pos) === 0) pos += 1;
      if (pos >= folded.length) return -1;
    }
    let end = pos;
    for (let step = wordUnitLength(folded, end); step > 0; step = wordUnitLength(folded, end)) end += step;
    if (end === pos || !word.matches(folded.slice(pos, end))) return -1;
    pos = end;
  }
  return pos;
}

/** Like indexOf, but only where the key starts a word. */
function nextWordStart(haystack: string, key: string, from: number): number {
  let at = haystack.indexOf(key, from);
  while (at > 0 && endsWithWordUnit(haystack, at)) at = haystack.indexOf(key, at + 1);
  return at;
}

const WORD_UNIT = /^[\p{L}\p{N}]/u;

/** How many UTF-16 units the letter or digit at `at` takes (two for one outside the BMP), or 0. */
function wordUnitLength(text: string, at: number): number {
  const code = text.charCodeAt(at);
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) ? 1 : 0;
  if (Number.isNaN(code)) return 0;
  if (code >= 0xd800 && code <= 0xdbff) return WORD_UNIT.test(text.slice(at, at + 2)) ? 2 : 0;
  return WORD_UNIT.test(text[at]!) ? 1 : 0;
}

function endsWithWordUnit(text: string, at: number): boolean {
  const code = text.charCodeAt(at - 1);
  if (code >= 0xdc00 && code <= 0xdfff && at >= 2) return wordUnitLength(text, at - 2) === 2;
  return wordUnitLength(text, at - 1) === 1;
}
