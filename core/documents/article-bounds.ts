// Where the article begins (after page furniture) and where the reader comments begin: both lie
// within the text, the article first.
import { ApiError } from '../api/result.js';
import type { DocumentDetail } from '../domain.js';

type Boundaries = Pick<DocumentDetail, 'articleStart' | 'commentsStart'>;

/** Refuses a correction of the boundaries that would leave them outside the text or out of order. */
export function checkBoundaries(before: Boundaries & Pick<DocumentDetail, 'text'>, patch: Partial<Boundaries>): void {
  if (patch.commentsStart != null && patch.commentsStart > before.text.length) {
    throw new ApiError('invalid_arguments', `The comment boundary must lie within the text (0–${before.text.length}).`);
  }
  if (patch.articleStart != null && patch.articleStart > before.text.length) {
    throw new ApiError('invalid_arguments', `The start of the article must lie within the text (0–${before.text.length}).`);
  }
  const articleStart = patch.articleStart === undefined ? before.articleStart : patch.articleStart;
  const commentsStart = patch.commentsStart === undefined ? before.commentsStart : patch.commentsStart;
  if (articleStart !== null && commentsStart !== null && articleStart >= commentsStart) {
    throw new ApiError('invalid_arguments', 'The article must start before the reader comments do.');
  }
}

/**
 * The article start a new version of a text keeps: one that does not fit the new text, or does not
 * come before its reader comments, shows the whole page rather than fail the re-import.
 */
export function articleStartWithin(next: { text: string; articleStart?: number | null; commentsStart: number | null }): number | null {
  const start = next.articleStart ?? null;
  if (start === null || start > next.text.length) return null;
  return next.commentsStart !== null && start >= next.commentsStart ? null : start;
}
