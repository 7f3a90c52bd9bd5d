// When a paragraph moves past another, a shortest edit script may keep either one in place and
// report the other as taken out and put back: both cost the same. A reader says the shorter one
// moved ("the mayor's sentence went to the end"), and a claim on the long paragraph that stayed
// should not be reported as moved, so the longer of the two is the one kept.
import type { Edit } from './diff-cleanup.js';

/**
 * Rewrites each "insert X, keep Y, delete X" (or "delete X, keep Y, insert X") where Y is shorter
 * than X into "delete Y, keep X, insert Y" (or "insert Y, keep X, delete Y"): the same two texts,
 * with the longer passage kept.
 */
export function keepLongerOfSwapped(edits: readonly Edit[]): Edit[] {
  const out = [...edits];
  for (let index = 0; index + 2 < out.length; index += 1) {
    const [first, kept, last] = [out[index]!, out[index + 1]!, out[index + 2]!];
    const swapped =
      first.kind !== 'equal' &&
      kept.kind === 'equal' &&
      last.kind !== 'equal' &&
      first.kind !== last.kind &&
      first.text === last.text &&
      kept.text.length < first.text.length;
    if (!swapped) continue;
    out.splice(
      index,
      3,
      { kind: first.kind === 'insert' ? 'delete' : 'insert', text: kept.text },
      { kind: 'equal', text: first.text },
      {
        kind: last.kind === 'insert' ? 'delete' : 'insert',
        text: kept.text,
      },
    );
    index += 2;
  }
  return out;
}
