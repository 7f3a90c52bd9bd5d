import { wordCount } from './text-lines.js';
import { widgetMarkerWeight } from './widget-markers.js';

/**
 * A line shaped like a commenter's display name: a few words, no sentence punctuation at the end
 * ("Concrete Mike", "You can call me Al", "Martin K.", "jsmith_77"). Article subheadings have the
 * same shape, which is why a thread is only recognised from several such lines together.
 */
export function isNameLike(line: string): boolean {
  if (line.length > 48 || widgetMarkerWeight(line) > 0) return false;
  const words = wordCount(line);
  if (words < 1 || words > 6) return false;
  if (!/^[\p{L}\p{N}@_]/u.test(line)) return false;
  if (/^\d+[.)]\s/.test(line)) return false;
  // "Martin K." ends with an initial, not a full stop.
  if (/[.,;:!?…"”]$/.test(line) && !/\s\p{Lu}\.$/u.test(line)) return false;
  if (/https?:\/\/|www\./i.test(line)) return false;
  return true;
}

/** "John says:" — a name line as WordPress prints it. */
export function isSaysLine(line: string): boolean {
  return line.length <= 60 && /^\S.{0,50}\bsays:$/i.test(line);
}

/** Timestamps, reply links and vote counts that comment widgets print beside each comment. */
export function isCommentMetaLine(line: string): boolean {
  return (
    isSaysLine(line) ||
    /^(about )?(\d+|an?|one) (seconds?|minutes?|hours?|days?|weeks?|months?|years?) ago$/i.test(line) ||
    /^(reply|like|share|report|flag|upvote|downvote|\d+ likes?|\d+ (up|down)votes?|reply to \S.{0,40})$/i.test(line) ||
    /^\p{L}+ \d{1,2}, \d{4} at \d{1,2}:\d{2}( ?[ap]m)?$/iu.test(line)
  );
}

/** Signs that a line addresses another reader rather than reports. */
export function isConversational(line: string): boolean {
  if (/[!?]{2,}|\?!|!\?/.test(line)) return true;
  if (/\b(lol|lmao|rofl|ha(ha)+|imho|imo|smh|wtf|omg)\b/i.test(line)) return true;
  if (/(^|\s)@[\p{L}\p{N}_]/u.test(line)) return true;
  if (/^(yes|no|yeah|yep|nope|exactly|agreed|hi|hey|well|so|wow)\b[,!.\s]/i.test(line)) return true;
  // Direct address counts only outside quotations and in comment-length lines: articles quote
  // people saying "you", and explainers address the reader in long paragraphs.
  const unquoted = line.replace(/["“][^"”]*["”]/g, '');
  return wordCount(line) <= 30 && /\byou(r|'re|’re)?\b/i.test(unquoted);
}
