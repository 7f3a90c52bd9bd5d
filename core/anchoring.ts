// Claim anchors, modelled on the W3C Web Annotation TextQuoteSelector + TextPositionSelector: the
// exact quote, up to 32 code units of text either side of it, and start/end offsets counted in
// UTF-16 code units (what JavaScript string indices and the DOM use).
//
// Re-anchoring after a document's text changes goes from cheapest to most forgiving: the stored
// offsets if the quote is still there, then an exact search, then an approximate match scored on
// quote, prefix, suffix and distance from the old position (see anchoring/scoring.ts). Below the
// minimum score the claim becomes an orphan for the reviewer to re-attach, rather than being
// silently pinned to the wrong words.

import { matchQuote } from './anchoring/match-quote.js';
import { ANCHOR_CONTEXT_LENGTH } from './anchoring/scoring.js';
import { splitsSurrogatePair } from './anchoring/surrogates.js';
import type { Anchor } from './domain.js';

export { matchQuote, type QuoteMatch } from './anchoring/match-quote.js';
export { ANCHOR_CONTEXT_LENGTH, MAX_QUOTE_ERRORS, MIN_MATCH_SCORE, type QuoteContext } from './anchoring/scoring.js';

export type ReanchorResult = { anchor: Anchor; score: number } | { orphan: true };

/**
 * Anchors text[start, end). Throws a RangeError when the offsets are not integers, fall outside
 * the text, cover nothing, or cut a surrogate pair in half: such an anchor could never be shown
 * or found again faithfully. For the same reason the stored context stops short of half a
 * character.
 */
export function createAnchor(text: string, start: number, end: number): Anchor {
  if (!Number.isInteger(start) || !Number.isInteger(end)) {
    throw new RangeError(`Anchor offsets must be integers, got start=${start} and end=${end}`);
  }
  if (start < 0 || end > text.length) {
    throw new RangeError(`Anchor [${start}, ${end}) lies outside the text, ` + `which is ${text.length} UTF-16 code units long`);
  }
  if (start >= end) {
    throw new RangeError(`Anchor start (${start}) must come before its end (${end}): ` + 'an anchor covers at least one character');
  }
  if (splitsSurrogatePair(text, start) || splitsSurrogatePair(text, end)) {
    throw new RangeError(`Anchor [${start}, ${end}) cuts a character in half: an offset falls inside a surrogate pair`);
  }
  let prefixStart = Math.max(0, start - ANCHOR_CONTEXT_LENGTH);
  if (splitsSurrogatePair(text, prefixStart)) prefixStart += 1;
  let suffixEnd = Math.min(text.length, end + ANCHOR_CONTEXT_LENGTH);
  if (splitsSurrogatePair(text, suffixEnd)) suffixEnd -= 1;
  return {
    quote: text.slice(start, end),
    prefix: text.slice(prefixStart, start),
    suffix: text.slice(end, suffixEnd),
    start,
    end,
  };
}

function storedOffsetsStillHold(text: string, anchor: Anchor): boolean {
  const { start, end, quote } = anchor;
  return (
    Number.isInteger(start) &&
    Number.isInteger(end) &&
    start >= 0 &&
    end <= text.length &&
    start < end &&
    !splitsSurrogatePair(text, start) &&
    !splitsSurrogatePair(text, end) &&
    text.slice(start, end) === quote
  );
}

/**
 * Finds `anchor` again in `newText`. The returned anchor carries offsets, quote and context taken
 * from `newText`; its score is 1 when the quote was found verbatim, lower for an approximate match.
 */
export function reanchor(newText: string, anchor: Anchor): ReanchorResult {
  if (anchor.quote.length === 0 || newText.length === 0) return { orphan: true };
  if (storedOffsetsStillHold(newText, anchor)) {
    return { anchor: createAnchor(newText, anchor.start, anchor.end), score: 1 };
  }
  const match = matchQuote(newText, anchor.quote, {
    prefix: anchor.prefix,
    suffix: anchor.suffix,
    hint: anchor.start,
  });
  if (match === null) return { orphan: true };
  return { anchor: createAnchor(newText, match.start, match.end), score: match.score };
}

/** Re-anchors every anchor against the same new text; results come back in the same order. */
export function reanchorAll(newText: string, anchors: readonly Anchor[]): ReanchorResult[] {
  return anchors.map((anchor) => reanchor(newText, anchor));
}
