// A quote is only fair to the reader with the sentence around it: "refused to withdraw" means
// little without "the spokesman denied reports that militants …".
import { splitsSurrogatePair } from '../anchoring/surrogates.js';
import { splitSentences } from '../text/sentences.js';
import type { ReportClaim, ReportDocument } from './model.js';

export interface QuoteContext {
  /** Text before the quote, from the start of its sentence; starts with "…" when shortened. */
  before: string;
  quote: string;
  /** Text after the quote, to the end of its sentence; ends with "…" when shortened. */
  after: string;
}

export const ELLIPSIS = '…';
const DEFAULT_MAX_SIDE = 300;
// Sentences are found in a window around the quote, so a report over a long document does not
// segment the whole text once per claim. The window is widened to whole lines because sentence
// segmentation works line by line.
const SEGMENT_WINDOW = 800;
// How far the cut may move to land on a word boundary instead of inside a word.
const WORD_SNAP = 40;

/**
 * The quote at [start, end) (UTF-16 offsets) with the rest of the sentence(s) it sits in, each
 * side shortened to about `maxSide` characters at a word boundary.
 */
export function contextSentence(text: string, start: number, end: number, maxSide = DEFAULT_MAX_SIDE): QuoteContext {
  let from = clamp(start, 0, text.length);
  let to = clamp(end, from, text.length);
  if (splitsSurrogatePair(text, from)) from -= 1;
  if (splitsSurrogatePair(text, to)) to += 1;

  const windowStart = lineStartBefore(text, Math.max(0, from - SEGMENT_WINDOW));
  const windowEnd = lineEndAfter(text, Math.min(text.length, to + SEGMENT_WINDOW));
  let sentenceStart = from;
  let sentenceEnd = to;
  for (const sentence of splitSentences(text.slice(windowStart, windowEnd))) {
    const s = sentence.start + windowStart;
    const e = sentence.end + windowStart;
    const overlaps = from === to ? s <= from && from <= e : s < to && e > from;
    if (!overlaps) continue;
    sentenceStart = Math.min(sentenceStart, s);
    sentenceEnd = Math.max(sentenceEnd, e);
  }

  return {
    before: shortenStart(text.slice(sentenceStart, from), maxSide),
    quote: text.slice(from, to),
    after: shortenEnd(text.slice(to, sentenceEnd), maxSide),
  };
}

export interface ClaimContext extends QuoteContext {
  /** False when the claim's place in the text is lost and only its stored anchor is shown. */
  located: boolean;
}

/**
 * The context a report shows for a claim: its sentence in the document, or, for an orphan (or a
 * document whose text no longer matches), the prefix and suffix stored with the anchor.
 */
export function claimContext(claim: ReportClaim, document: ReportDocument | undefined): ClaimContext {
  if (
    document &&
    !claim.orphaned &&
    claim.start !== null &&
    claim.end !== null &&
    document.text.slice(claim.start, claim.end) === claim.quote
  ) {
    return { ...contextSentence(document.text, claim.start, claim.end), located: true };
  }
  return {
    before: claim.prefix ? ELLIPSIS + claim.prefix : '',
    quote: claim.quote,
    after: claim.suffix ? claim.suffix + ELLIPSIS : '',
    located: false,
  };
}

function shortenStart(before: string, maxSide: number): string {
  if (before.length <= maxSide) return before;
  let cut = before.slice(before.length - maxSide);
  const space = cut.search(/\s/u);
  if (space >= 0 && space < WORD_SNAP) cut = cut.slice(space + 1);
  else if (isLowSurrogate(cut.charCodeAt(0))) cut = cut.slice(1);
  return ELLIPSIS + cut.trimStart();
}

function shortenEnd(after: string, maxSide: number): string {
  if (after.length <= maxSide) return after;
  let cut = after.slice(0, maxSide);
  const lastSpace = Math.max(cut.lastIndexOf(' '), cut.lastIndexOf('\n'));
  if (lastSpace >= 0 && cut.length - lastSpace < WORD_SNAP) cut = cut.slice(0, lastSpace);
  else if (isHighSurrogate(cut.charCodeAt(cut.length - 1))) cut = cut.slice(0, -1);
  return cut.trimEnd() + ELLIPSIS;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

function lineStartBefore(text: string, offset: number): number {
  if (offset <= 0) return 0;
  return text.lastIndexOf('\n', offset - 1) + 1;
}

function lineEndAfter(text: string, offset: number): number {
  const newline = text.indexOf('\n', offset);
  return newline === -1 ? text.length : newline;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), max);
}
