// A deletion or insertion with nothing on the other side can often sit in several places with the
// same result: deleting ".\n\nSecond paragraph" after "First paragraph" is deleting "\n\nSecond
// paragraph." before the next ".". The shortest edit script picks one at random as far as a reader
// is concerned; this picks the one that starts at a paragraph or line break, so whole paragraphs
// and sentences are deleted, and a passage keeps its own full stop (git's diff "slider" heuristic).
import type { DiffRun } from './myers-diff.js';

/**
 * Slides every lone deletion and insertion between two kept runs to its most natural place. The
 * runs are changed in place and returned; `oldTokens` and `newTokens` are the sequences compared.
 */
export function slideLoneEdits(runs: DiffRun[], oldTokens: readonly string[], newTokens: readonly string[]): DiffRun[] {
  let inOld = 0;
  let inNew = 0;
  for (let index = 0; index < runs.length; index += 1) {
    const run = runs[index]!;
    const before = runs[index - 1];
    const after = runs[index + 1];
    if (run.kind !== 'equal' && before?.kind === 'equal' && after?.kind === 'equal') {
      const tokens = run.kind === 'delete' ? oldTokens : newTokens;
      const start = run.kind === 'delete' ? inOld : inNew;
      const shift = bestShift(tokens, start, run.count, before.count, after.count);
      before.count += shift;
      after.count -= shift;
      if (run.kind === 'delete') inOld += shift;
      else inNew += shift;
    }
    if (run.kind !== 'insert') inOld += run.count;
    if (run.kind !== 'delete') inNew += run.count;
  }
  return runs;
}

/**
 * How far (negative: left) the edit tokens[start, start + count) can move and should: it may move
 * right while its first token equals the token after it, left while its last equals the one before.
 */
function bestShift(tokens: readonly string[], start: number, count: number, roomBefore: number, roomAfter: number): number {
  let left = 0;
  while (left < roomBefore && tokens[start - left - 1] === tokens[start + count - left - 1]) left += 1;
  let right = 0;
  while (right < roomAfter && tokens[start + right] === tokens[start + count + right]) right += 1;
  let best = 0;
  let bestScore = score(tokens, start, count);
  for (let shift = -left; shift <= right; shift += 1) {
    const candidate = score(tokens, start + shift, count);
    if (candidate > bestScore) {
      best = shift;
      bestScore = candidate;
    }
  }
  return best;
}

/** An edit reads best when it begins at a line break and what follows it does too. */
function score(tokens: readonly string[], start: number, count: number): number {
  const startsLine = tokens[start]?.startsWith('\n') ? 2 : 0;
  const next = tokens[start + count];
  const endsBeforeLine = next === undefined || next.startsWith('\n') ? 1 : 0;
  return startsLine + endsBeforeLine;
}
