// How a full-text hit on a document is shown: where its first match sits, and what stands in for
// a snippet when only the title matched.
import { type MatchPlace, SNIPPET_MARK_END, SNIPPET_MARK_START } from '../domain.js';

export const SNIPPET_MARKS = { start: SNIPPET_MARK_START, end: SNIPPET_MARK_END };

/** Which part of the document an offset is in; a hit with no match in the text matched its title. */
export function matchPlace(offset: number | null, articleStart: number | null, commentsStart: number | null): MatchPlace {
  if (offset === null) return 'article';
  if (commentsStart !== null && offset >= commentsStart) return 'comments';
  if (articleStart !== null && offset < articleStart) return 'furniture';
  return 'article';
}

/** The opening words of a text, for a hit whose match is in its title only. */
export function leadOf(text: string): string {
  const words = text.slice(0, 400).split(/\s+/u).filter(Boolean);
  return words.slice(0, 24).join(' ') + (words.length > 24 ? '…' : '');
}
