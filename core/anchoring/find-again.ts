// Finding a stored anchor's words in a new version of its document's text.
import { createAnchor, matchQuote, reanchor } from '../anchoring.js';
import type { Anchor } from '../domain.js';

/** An anchor as stored: an orphan keeps its quote and context but has no offsets. */
export type StoredAnchor = Omit<Anchor, 'start' | 'end'> & { start: number | null; end: number | null };

/**
 * Where an anchor's words are in the new text. An orphan from an earlier version has no offsets
 * to start from, but may still be found by its quote and context.
 */
export function findAnchorAgain(text: string, stored: StoredAnchor): Anchor | null {
  if (stored.start !== null && stored.end !== null) {
    const result = reanchor(text, {
      quote: stored.quote,
      prefix: stored.prefix,
      suffix: stored.suffix,
      start: stored.start,
      end: stored.end,
    });
    return 'anchor' in result ? result.anchor : null;
  }
  if (!stored.quote || !text) return null;
  const match = matchQuote(text, stored.quote, { prefix: stored.prefix, suffix: stored.suffix });
  return match ? createAnchor(text, match.start, match.end) : null;
}

/** The anchor of text[start, end), or null when the span no longer fits the text. */
export function anchorOrNull(text: string, start: number, end: number): Anchor | null {
  try {
    return createAnchor(text, start, end);
  } catch {
    return null;
  }
}
