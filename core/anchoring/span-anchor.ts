// A span a caller names (a claim, a cue, a passage, an appearance) checked against the text it
// must lie in, with a refusal that says what is wrong in the caller's own words.
import { createAnchor } from '../anchoring.js';
import { ApiError } from '../api/result.js';
import type { Anchor } from '../domain.js';

/**
 * The anchor of text[start, end), or an invalid_arguments error that says what is wrong with the
 * span in the words of `what` ("The claim", "The cue of hop 2"). Offsets are UTF-16 code units.
 */
export function anchorInText(text: string, start: number, end: number, what: string): Anchor {
  if (end <= start) throw new ApiError('invalid_arguments', `${what} must cover some text (start ${start}, end ${end}).`);
  if (start < 0 || end > text.length) {
    throw new ApiError(
      'invalid_arguments',
      `${what} [${start}, ${end}) lies outside the document text, which is ${text.length} UTF-16 code units long.`,
    );
  }
  try {
    return createAnchor(text, start, end);
  } catch (error) {
    // The bounds are checked above, so what createAnchor still refuses is an offset that falls
    // between the two halves of a surrogate pair.
    if (error instanceof RangeError) {
      throw new ApiError(
        'invalid_arguments',
        `${what} [${start}, ${end}) cuts a character in half (an emoji or other character written with two UTF-16 code units).`,
      );
    }
    throw error;
  }
}

/** A cue span checked like an anchor, as stored on a hop. */
export function cueInText(text: string, cue: { start: number; end: number }, what: string): { start: number; end: number; text: string } {
  const anchor = anchorInText(text, cue.start, cue.end, what);
  return { start: anchor.start, end: anchor.end, text: anchor.quote };
}
