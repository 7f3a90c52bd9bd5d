// Finding the same claim in other documents: which words to look for first, how alike two
// wordings are, and which appearance came first.

import { editDistance } from '../anchoring/bit-parallel.js';
import { foldText } from '../text/fold-search.js';

const WORD = /[\p{L}\p{N}]+/gu;

// Short, frequent words say nothing about which article a sentence comes from.
const MIN_WORD_LENGTH = 4;

/**
 * Up to `limit` words of `quote` most likely to single out documents that repeat it: the longest
 * distinct words, folded as full-text search folds them. Length stands in for rarity, which
 * needs no statistics and keeps "demilitarised" ahead of "said".
 */
export function distinctiveWords(quote: string, limit: number): string[] {
  const seen = new Set<string>();
  const words: { word: string; at: number }[] = [];
  for (const match of quote.matchAll(WORD)) {
    const word = foldText(match[0]);
    if (word.length < MIN_WORD_LENGTH || seen.has(word)) continue;
    seen.add(word);
    words.push({ word, at: match.index });
  }
  return words
    .sort((a, b) => b.word.length - a.word.length || a.at - b.at)
    .slice(0, limit)
    .map((entry) => entry.word);
}

/** An FTS5 expression matching documents with any of the words, each quoted so none is an operator. */
export function anyWordQuery(words: readonly string[]): string | null {
  if (words.length === 0) return null;
  return words.map((word) => `"${word.replace(/"/g, '""')}"`).join(' OR ');
}

/** 1 for identical wordings, falling with every character inserted, removed or changed. */
export function wordingSimilarity(quote: string, other: string): number {
  if (quote.length === 0) return other.length === 0 ? 1 : 0;
  return Math.max(0, 1 - editDistance(quote, other) / quote.length);
}

export interface DatedAppearance {
  publishedAt: string | null;
}

/**
 * The appearance published first. Undated ones cannot be placed in time, so they never win; an
 * earlier entry in the list wins a tie, so callers put the claim's own document first.
 */
export function earliestAppearance<T extends DatedAppearance>(appearances: readonly T[]): T | null {
  let best: T | null = null;
  for (const appearance of appearances) {
    if (appearance.publishedAt === null) continue;
    if (best === null || appearance.publishedAt < best.publishedAt!) best = appearance;
  }
  return best;
}

/** Earlier publication dates first, undated last. */
export function comparePublished(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}
