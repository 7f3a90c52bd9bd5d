// Finding a quote in a text: exact occurrences first, then the best approximate match.

import { anchoredDistances, compilePattern, editDistance, scanForMatches } from './bit-parallel.js';
import { createMatchScorer, type MatchScorer, MAX_QUOTE_ERRORS, MIN_MATCH_SCORE, type QuoteContext } from './scoring.js';
import { splitsSurrogatePair, widenToWholeCharacters } from './surrogates.js';

/** Where a quote was found: [start, end) in UTF-16 code units of the searched text. */
export interface QuoteMatch {
  start: number;
  end: number;
  /** 1 for an exact occurrence, otherwise in (0, 1). */
  score: number;
}

/**
 * How far around the hint the first, cheap pass looks. Edits near a claim rarely move it by more
 * than a few paragraphs; a match found there tightens the budget for the full scan that follows.
 */
const NEIGHBOURHOOD_RADIUS = 4096;

/**
 * Higher score wins, then the earlier match. Nearness to the hint needs no rule of its own here:
 * it is part of the score, so of two otherwise identical candidates the nearer scores higher.
 */
function isBetter(a: QuoteMatch, b: QuoteMatch | null): boolean {
  if (b === null) return true;
  if (a.score !== b.score) return a.score > b.score;
  if (a.start !== b.start) return a.start < b.start;
  return a.end < b.end;
}

function hintDistance(scorer: MatchScorer, start: number): number {
  return scorer.hint === null ? 0 : Math.abs(start - scorer.hint);
}

function bestExactOccurrence(text: string, quote: string, scorer: MatchScorer): QuoteMatch | null {
  const starts: number[] = [];
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) {
    // Only possible when the quote itself begins or ends with half a character.
    if (splitsSurrogatePair(text, at) || splitsSurrogatePair(text, at + quote.length)) continue;
    starts.push(at);
  }
  let best: { start: number; agreement: number; hintDistance: number } | null = null;
  for (const start of starts) {
    const agreement = starts.length === 1 ? 0 : scorer.contextAgreement(start, start + quote.length);
    const distance = hintDistance(scorer, start);
    if (best === null || agreement > best.agreement || (agreement === best.agreement && distance < best.hintDistance)) {
      best = { start, agreement, hintDistance: distance };
    }
  }
  return best === null ? null : { start: best.start, end: best.start + quote.length, score: 1 };
}

function bestApproximateMatch(text: string, quote: string, scorer: MatchScorer): QuoteMatch | null {
  const quoteLength = quote.length;
  const budget = Math.min(MAX_QUOTE_ERRORS, quoteLength - 1, scorer.maxErrorsReaching(MIN_MATCH_SCORE));
  if (budget < 1) return null;
  const forward = compilePattern(quote);
  const backward = compilePattern(quote, true);
  // A holder rather than a `let`, because the scan callbacks below are what update it.
  const found: { best: QuoteMatch | null } = { best: null };

  // Anything needing more edits than this can no longer beat the best candidate so far.
  const remainingBudget = (): number => (found.best === null ? budget : Math.min(budget, scorer.maxErrorsReaching(found.best.score)));

  const consider = (start: number, end: number, errors: number, suffixSimilarity: number): void => {
    const candidate: QuoteMatch = {
      start,
      end,
      score: scorer.score(errors, scorer.prefixSimilarity(start), suffixSimilarity, start),
    };
    if (candidate.score >= MIN_MATCH_SCORE && isBetter(candidate, found.best)) {
      found.best = candidate;
    }
  };

  // Skipping hopeless ends matters most in repetitive text (the same paragraph pasted again and
  // again in a comment thread), where every copy is an equally good candidate except for where it
  // sits. A candidate that can at best tie only wins by starting earlier.
  const cannotWin = (end: number, errors: number, bound: number): boolean => {
    const { best } = found;
    if (best === null) return bound < MIN_MATCH_SCORE;
    if (bound !== best.score) return bound < best.score;
    // Widening over a surrogate pair can move a start back by one; allow for it.
    return end - quoteLength - errors - 1 > best.start;
  };

  // The scan knows where a match ends and how many edits it needs; the start (there may be
  // several equally cheap ones) comes from aligning the reversed quote leftwards from that end.
  // Identical stretches of text align identically, so a paragraph pasted over and over in a
  // comment thread is aligned once rather than once per copy.
  interface Alignment {
    fewest: number;
    lengths: number[];
  }
  const alignments = new Map<string, Alignment>();
  const cheapestStarts = (end: number, errors: number): Alignment => {
    // A match within `errors` edits is at most that much longer than the quote.
    const reach = Math.min(end, quoteLength + errors);
    const window = text.slice(end - reach, end);
    const known = alignments.get(window);
    if (known !== undefined) return known;
    const distances = anchoredDistances(backward, text, end, -1, reach);
    let fewest = quoteLength;
    for (const distance of distances) if (distance < fewest) fewest = distance;
    const lengths: number[] = [];
    // Longest first, so that among equal scores the earliest start is met first.
    for (let length = reach; length > 0; length -= 1) {
      if (distances[length] === fewest) lengths.push(length);
    }
    const alignment = { fewest, lengths };
    alignments.set(window, alignment);
    return alignment;
  };

  const evaluateEnd = (end: number, errors: number): void => {
    const suffixSimilarity = scorer.suffixSimilarity(end);
    // An end inside a surrogate pair moves one further once widened; bound both places.
    const suffixBound = splitsSurrogatePair(text, end) ? Math.max(suffixSimilarity, scorer.suffixSimilarity(end + 1)) : suffixSimilarity;
    if (cannotWin(end, errors, scorer.upperBound(errors, suffixBound, end))) return;
    // Aligning the prefix over every possible start is far cheaper than aligning the quote.
    const prefixBound = scorer.bestPrefixSimilarity(errors, end);
    if (cannotWin(end, errors, scorer.upperBound(errors, suffixBound, end, prefixBound))) return;
    const { fewest, lengths } = cheapestStarts(end, errors);
    for (const length of lengths) {
      const whole = widenToWholeCharacters(text, end - length, end);
      if (whole.start === end - length && whole.end === end) {
        consider(whole.start, end, fewest, suffixSimilarity);
      } else {
        const widenedErrors = editDistance(quote, text.slice(whole.start, whole.end));
        consider(whole.start, whole.end, widenedErrors, scorer.suffixSimilarity(whole.end));
      }
    }
  };

  // Around every real match the scan reports a run of neighbouring ends, each a little worse the
  // further it is from the best. Finding a start costs a pass over the whole quote, so a run is
  // gathered first and evaluated cheapest-first: once its best end is scored, the bound rules out
  // nearly all the others without aligning them.
  let run: { end: number; errors: number }[] = [];
  const flushRun = (): void => {
    const ends = run.sort((a, b) => a.errors - b.errors || a.end - b.end);
    run = [];
    for (const { end, errors } of ends) evaluateEnd(end, errors);
  };
  const onMatchEnd = (end: number, errors: number): number => {
    const previous = run[run.length - 1];
    if (previous !== undefined && previous.end !== end - 1) flushRun();
    run.push({ end, errors });
    return remainingBudget();
  };
  const scan = (from: number, to: number): void => {
    scanForMatches(forward, text, from, to, remainingBudget(), onMatchEnd);
    flushRun();
  };

  if (scorer.hint !== null && text.length > 2 * NEIGHBOURHOOD_RADIUS + quoteLength) {
    const hint = Math.floor(scorer.hint);
    const to = Math.min(text.length, hint + quoteLength + NEIGHBOURHOOD_RADIUS);
    scan(Math.max(0, hint - NEIGHBOURHOOD_RADIUS), to);
  }
  scan(0, text.length);

  const { best } = found;
  return best === null ? null : { start: best.start, end: best.end, score: best.score };
}

/**
 * Locates `quote` in `text`. Returns offsets into `text` itself (nothing is normalised), never
 * splitting a surrogate pair, or null when the quote or text is empty or no candidate reaches
 * MIN_MATCH_SCORE. An exact occurrence always wins and scores 1; among several, the one whose
 * surroundings agree best with `prefix`/`suffix` wins, then the one nearest `hint`, then the first.
 */
export function matchQuote(text: string, quote: string, context: QuoteContext = {}): QuoteMatch | null {
  if (quote.length === 0 || text.length === 0) return null;
  const scorer = createMatchScorer(text, quote.length, context);
  return bestExactOccurrence(text, quote, scorer) ?? bestApproximateMatch(text, quote, scorer);
}
