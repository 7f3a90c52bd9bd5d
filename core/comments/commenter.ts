import { isProseLine } from './text-lines.js';
import { isCommentMetaLine, isNameLike, isSaysLine } from './thread-lines.js';

// A comment sits a few lines under its author's name: a timestamp or a "Reply" link may come
// between, and a long comment may run over several paragraphs. Further up belongs to another one.
const MAX_LINES_UP = 12;

/**
 * Who wrote the reader comment that `offset` lies in, as the thread prints it ("Concrete Mike",
 * "John says:"), or null when the thread does not say. `commentsStart` is where the thread begins;
 * nothing before it is looked at.
 */
export function commenterAt(text: string, commentsStart: number, offset: number): string | null {
  if (offset < commentsStart) return null;
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const lines = text.slice(Math.max(commentsStart, lineStart - 8000), Math.max(commentsStart, lineStart)).split('\n');
  let seen = 0;
  // The line just above may be the name, or the comment's own earlier paragraphs and meta lines.
  for (let i = lines.length - 1; i >= 0 && seen < MAX_LINES_UP; i -= 1) {
    const line = (lines[i] as string).trim();
    if (!line) continue;
    seen += 1;
    if (isSaysLine(line)) return line.replace(/\s+says:$/iu, '').trim();
    if (isCommentMetaLine(line)) continue;
    if (isNameLike(line) && !isProseLine(line) && standsAlone(lines, i)) return line;
  }
  return null;
}

/** A name line stands on its own, with a blank line or the thread's start around it. */
function standsAlone(lines: readonly string[], index: number): boolean {
  const above = index === 0 || (lines[index - 1] as string).trim() === '' || isCommentMetaLine((lines[index - 1] as string).trim());
  const below = (lines[index + 1] ?? '').trim() === '' || isCommentMetaLine((lines[index + 1] ?? '').trim());
  return above && below;
}
