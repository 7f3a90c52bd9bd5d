// The differences between two versions of a document's text, word by word, as segments that
// rebuild both texts exactly (whitespace included) with their offsets in each. Lines are compared
// first, so a long article with a few edited paragraphs costs a diff of its lines plus a word diff
// of those paragraphs only, not a word diff of the whole text.
import { type Edit, foldTrivialEqualities, joinNeighbours } from './diff-cleanup.js';
import { keepLongerOfSwapped } from './diff-moves.js';
import { slideLoneEdits } from './diff-slide.js';
import { lineTokens, TokenInterner, wordTokens } from './diff-tokens.js';
import { DEFAULT_DIFF_BUDGET, type DiffBudget, diffSequences } from './myers-diff.js';

export type DiffSegmentKind = 'equal' | 'insert' | 'delete';

/**
 * A stretch kept, inserted or deleted. Offsets are UTF-16 code units, like every offset in the
 * workbench: [oldStart, oldEnd) in the old text (empty for an insertion) and [newStart, newEnd) in
 * the new one (empty for a deletion). Within a change the deletion comes before the insertion.
 */
export interface DiffSegment {
  kind: DiffSegmentKind;
  text: string;
  oldStart: number;
  oldEnd: number;
  newStart: number;
  newEnd: number;
}

/**
 * The shortest word-level edit that turns `oldText` into `newText`. Identical texts give one equal
 * segment (none when both are empty). It keeps every word the two versions share, which is what
 * places a passage exactly; readableTextDiff is the same difference as a person reads it.
 */
export function diffTexts(oldText: string, newText: string, budget: DiffBudget = { steps: DEFAULT_DIFF_BUDGET }): DiffSegment[] {
  return withOffsets(wordEdits(oldText, newText, budget));
}

/**
 * The difference for showing: a short stretch two rewritten passages happen to share ("the", a
 * comma) is shown as part of the change, so a replaced clause reads as one deletion and one insertion.
 */
export function readableTextDiff(oldText: string, newText: string, budget: DiffBudget = { steps: DEFAULT_DIFF_BUDGET }): DiffSegment[] {
  return withOffsets(foldTrivialEqualities(wordEdits(oldText, newText, budget)));
}

function wordEdits(oldText: string, newText: string, budget: DiffBudget): Edit[] {
  if (oldText === newText) return oldText ? [{ kind: 'equal', text: oldText }] : [];
  const lines = keepLongerOfSwapped(diffTokens(lineTokens(oldText), lineTokens(newText), budget));
  return joinNeighbours(refineChangedLines(lines, budget));
}

/** Each run of changed lines is compared again word by word, as one block. */
function refineChangedLines(edits: readonly Edit[], budget: DiffBudget): Edit[] {
  const out: Edit[] = [];
  let deleted = '';
  let inserted = '';
  const flush = () => {
    if (deleted && inserted) out.push(...diffTokens(wordTokens(deleted), wordTokens(inserted), budget));
    else if (deleted) out.push({ kind: 'delete', text: deleted });
    else if (inserted) out.push({ kind: 'insert', text: inserted });
    deleted = '';
    inserted = '';
  };
  for (const edit of edits) {
    if (edit.kind === 'delete') deleted += edit.text;
    else if (edit.kind === 'insert') inserted += edit.text;
    else {
      flush();
      out.push(edit);
    }
  }
  flush();
  return out;
}

function diffTokens(oldTokens: readonly string[], newTokens: readonly string[], budget: DiffBudget): Edit[] {
  const interner = new TokenInterner();
  const runs = slideLoneEdits(diffSequences(interner.intern(oldTokens), interner.intern(newTokens), budget), oldTokens, newTokens);
  const edits: Edit[] = [];
  let inOld = 0;
  let inNew = 0;
  for (const run of runs) {
    if (run.kind === 'insert') {
      edits.push({ kind: 'insert', text: joined(newTokens, inNew, run.count) });
      inNew += run.count;
    } else {
      edits.push({ kind: run.kind, text: joined(oldTokens, inOld, run.count) });
      inOld += run.count;
      if (run.kind === 'equal') inNew += run.count;
    }
  }
  return edits;
}

function joined(tokens: readonly string[], from: number, count: number): string {
  return tokens.slice(from, from + count).join('');
}

function withOffsets(edits: readonly Edit[]): DiffSegment[] {
  let oldAt = 0;
  let newAt = 0;
  return edits.map((edit): DiffSegment => {
    const length = edit.text.length;
    const oldStart = oldAt;
    const newStart = newAt;
    if (edit.kind !== 'insert') oldAt += length;
    if (edit.kind !== 'delete') newAt += length;
    return { kind: edit.kind, text: edit.text, oldStart, oldEnd: oldAt, newStart, newEnd: newAt };
  });
}
