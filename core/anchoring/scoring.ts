// How an approximate match is scored.
//
// A candidate is judged on four things, each a similarity in [0, 1]:
//   quote    1 − edits / quote length: how much of the claim's own wording survived;
//   prefix   how well the (up to) 32 code units stored before the quote line up before the
//            candidate;
//   suffix   the same after it;
//   position how close the candidate starts to where the quote used to be (the hint).
// The score is their weighted mean, each weight counted in characters of evidence. A context side
// weighs its own length (32 at most), so a quote that opened the document, with no prefix, is not
// penalised for it, and a component the caller gave nothing for (no hint, no suffix) drops out of
// the mean. The quote weighs its length too, since a long quote is strong evidence by itself, but
// never less than 80: at that floor the 80:32:32 split is the 50:20:20 that Hypothesis uses, so a
// short quote ("TASS said") needs its surroundings to agree, while a 300-character paragraph moved
// elsewhere and lightly edited is still recognised even though its context is all new.
// Position weighs 2: across the whole document it is worth two characters of evidence, so it
// settles ties between identical candidates and nudges near-equal ones toward the old place.

import { type CompiledPattern, compilePattern, minimumAnchoredDistance, scanForMatches } from './bit-parallel.js';

/** Code units of context stored on each side of an anchor. */
export const ANCHOR_CONTEXT_LENGTH = 32;

/**
 * A match must score at least this to be accepted; below it the claim becomes an orphan for the
 * reviewer to re-attach.
 *
 * With no context at all the score is the quote similarity alone, so 0.75 lets up to a quarter
 * of the quote change: a typo, a changed or inserted word, collapsed whitespace. With prefix and
 * suffix intact a short quote may drift further (down to 55% similar) because its surroundings
 * vouch for the place, while a quote over 80 characters must keep closer to 75% as its own
 * weight grows. What 0.75 rejects is the common failure where a short quote was deleted but its
 * neighbours remain: the candidate squeezed between them can match the prefix, but it eats into
 * the old suffix (costing suffix similarity) and resembles the quote only by chance, which keeps
 * it near 0.7 at best. Look-alikes elsewhere, with unrelated context, score lower still.
 */
export const MIN_MATCH_SCORE = 0.75;

/**
 * Ceiling on the edit budget for very long quotes. Scanning costs about budget/32 word operations
 * per code unit of text, so this bounds a search of a 1 MB document at a few hundred milliseconds
 * whatever the quote length; a quote of several thousand characters that lost more than 256
 * characters' worth of edits is left to the reviewer rather than guessed at.
 */
export const MAX_QUOTE_ERRORS = 256;

const MIN_QUOTE_WEIGHT = 80;
const POSITION_WEIGHT = 2;

/** What is known about where a quote used to sit. */
export interface QuoteContext {
  prefix?: string;
  suffix?: string;
  /** The quote's former start offset, in UTF-16 code units. */
  hint?: number;
}

interface ContextSide {
  weight: number;
  similarity(boundary: number): number;
}

interface PrefixSide extends ContextSide {
  /** Highest similarity over every boundary in [from, to], in one scan rather than one each. */
  bestSimilarityBetween(from: number, to: number): number;
}

/**
 * Similarity of a stored suffix (direction 1) or prefix (direction −1) to the text beside
 * `boundary`. The near end is pinned to the quote and the far end floats, so words inserted or
 * deleted next to the quote cost their own length once rather than misaligning all 32 units.
 */
function pinnedSimilarity(text: string, stored: string, direction: 1 | -1): ContextSide['similarity'] {
  const pattern: CompiledPattern = compilePattern(stored, direction === -1);
  const length = stored.length;
  // Past twice its length, no alignment can beat deleting the stored context outright.
  return (boundary) => 1 - minimumAnchoredDistance(pattern, text, boundary, direction, 2 * length) / length;
}

function suffixSide(text: string, stored: string | undefined): ContextSide | null {
  if (stored === undefined || stored.length === 0) return null;
  return {
    weight: Math.min(stored.length, ANCHOR_CONTEXT_LENGTH),
    similarity: pinnedSimilarity(text, stored, 1),
  };
}

function prefixSide(text: string, stored: string | undefined): PrefixSide | null {
  if (stored === undefined || stored.length === 0) return null;
  const length = stored.length;
  let forward: CompiledPattern | null = null;
  return {
    weight: Math.min(length, ANCHOR_CONTEXT_LENGTH),
    similarity: pinnedSimilarity(text, stored, -1),
    bestSimilarityBetween(from, to) {
      const first = Math.max(0, from);
      const last = Math.min(text.length, to);
      if (first > last) return 0;
      forward ??= compilePattern(stored);
      // A Sellers scan reports, for every end, the cheapest alignment of the prefix ending there
      // with its start free: exactly the pinned-at-the-quote distance `similarity` computes.
      let fewest = length;
      const scanFrom = Math.max(0, first - 2 * length);
      scanForMatches(forward, text, scanFrom, last, length, (end, errors) => {
        if (end >= first && errors < fewest) fewest = errors;
        return length;
      });
      return 1 - fewest / length;
    },
  };
}

export interface MatchScorer {
  readonly hint: number | null;
  /** Weighted prefix and suffix agreement, used to choose among exact occurrences. */
  contextAgreement(start: number, end: number): number;
  suffixSimilarity(end: number): number;
  prefixSimilarity(start: number): number;
  /** Full score of a candidate [start, end) that is `errors` edits away from the quote. */
  score(errors: number, prefixSimilarity: number, suffixSimilarity: number, start: number): number;
  /**
   * Best score a candidate ending at `end` with this many errors and this suffix similarity could
   * reach, whatever its start: the start nearest the hint its length allows, and the given prefix
   * similarity (1 when nothing better is known).
   */
  upperBound(errors: number, suffixSimilarity: number, end: number, prefixSimilarity?: number): number;
  /** Best prefix similarity over every start a candidate ending at `end` could have. */
  bestPrefixSimilarity(errors: number, end: number): number;
  /** Of the starts a candidate ending at `end` could have, the one nearest the hint. */
  nearestPossibleStart(errors: number, end: number): number;
  /** Most errors a candidate may have and still reach `score` with perfect context and position. */
  maxErrorsReaching(score: number): number;
}

export function createMatchScorer(text: string, quoteLength: number, context: QuoteContext): MatchScorer {
  const prefix = prefixSide(text, context.prefix);
  const suffix = suffixSide(text, context.suffix);
  const quoteWeight = Math.max(MIN_QUOTE_WEIGHT, quoteLength);
  const hint = typeof context.hint === 'number' && Number.isFinite(context.hint) ? context.hint : null;
  const prefixWeight = prefix?.weight ?? 0;
  const suffixWeight = suffix?.weight ?? 0;
  const positionWeight = hint === null ? 0 : POSITION_WEIGHT;
  const otherWeight = prefixWeight + suffixWeight + positionWeight;
  const totalWeight = quoteWeight + otherWeight;

  const closeness = (start: number): number => (hint === null ? 0 : 1 - Math.min(1, Math.abs(start - hint) / Math.max(1, text.length)));

  const scorer: MatchScorer = {
    hint,
    prefixSimilarity: (start) => (prefix === null ? 0 : prefix.similarity(start)),
    suffixSimilarity: (end) => (suffix === null ? 0 : suffix.similarity(end)),
    contextAgreement: (start, end) => prefixWeight * scorer.prefixSimilarity(start) + suffixWeight * scorer.suffixSimilarity(end),
    score(errors, prefixSimilarity, suffixSimilarity, start) {
      const quoteSimilarity = 1 - errors / quoteLength;
      return (
        (quoteWeight * quoteSimilarity +
          prefixWeight * prefixSimilarity +
          suffixWeight * suffixSimilarity +
          positionWeight * closeness(start)) /
        totalWeight
      );
    },
    nearestPossibleStart(errors, end) {
      // One further back than the length allows: widening over a surrogate pair can add it.
      const earliest = end - quoteLength - errors - 1;
      const latest = end - quoteLength + errors;
      return hint === null ? earliest : Math.min(latest, Math.max(earliest, hint));
    },
    upperBound(errors, suffixSimilarity, end, prefixSimilarity = 1) {
      // Through `score` itself, so a bound and the score it bounds compare exactly when equal.
      const start = scorer.nearestPossibleStart(errors, end);
      return scorer.score(errors, prefixSimilarity, suffixSimilarity, start);
    },
    bestPrefixSimilarity(errors, end) {
      if (prefix === null) return 0;
      const earliest = end - quoteLength - errors - 1;
      return prefix.bestSimilarityBetween(earliest, end - quoteLength + errors);
    },
    maxErrorsReaching(score) {
      // Solve upperBound(e, 1) >= score for e; the epsilon keeps exact boundaries inclusive.
      const needed = (score * totalWeight - otherWeight) / quoteWeight;
      return Math.floor(quoteLength * (1 - needed) + 1e-9);
    },
  };
  return scorer;
}
