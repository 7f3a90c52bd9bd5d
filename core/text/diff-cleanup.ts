// A shortest edit script is not the one a reader wants: between two rewritten sentences it keeps
// every "the", comma and space the two happen to share, and the change reads as confetti. Short
// kept stretches wedged between larger changes are turned into part of the change (the rule of
// diff-match-patch's semantic cleanup), so a replaced clause reads as one deletion and one insertion.

export type EditKind = 'equal' | 'delete' | 'insert';

export interface Edit {
  kind: EditKind;
  text: string;
}

/**
 * Folds each kept stretch that is no longer than the larger side of the change before it and of
 * the change after it into those changes, until none is left to fold. Within each change the
 * deletion comes first, then the insertion, and neighbours of one kind are joined.
 */
export function foldTrivialEqualities(edits: readonly Edit[]): Edit[] {
  let current = joinNeighbours(edits);
  for (;;) {
    const folded = foldOnce(current);
    // Folding only ever joins edits, so a pass that leaves as many as it found folded nothing.
    if (folded.length === current.length) return joinNeighbours(current);
    current = folded;
  }
}

/** A change between two kept stretches: what it deletes and what it inserts. */
interface Change {
  deleted: string;
  inserted: string;
}

function foldOnce(edits: readonly Edit[]): Edit[] {
  const out: Edit[] = [];
  let change: Change = { deleted: '', inserted: '' };
  for (let index = 0; index < edits.length; index += 1) {
    const edit = edits[index]!;
    if (edit.kind === 'delete') change.deleted += edit.text;
    else if (edit.kind === 'insert') change.inserted += edit.text;
    else if (isTrivial(edit.text, change, changeAfter(edits, index + 1))) {
      change.deleted += edit.text;
      change.inserted += edit.text;
    } else {
      flush(out, change);
      change = { deleted: '', inserted: '' };
      out.push(edit);
    }
  }
  flush(out, change);
  return out;
}

function isTrivial(kept: string, before: Change, after: Change): boolean {
  const sideBefore = Math.max(before.deleted.length, before.inserted.length);
  const sideAfter = Math.max(after.deleted.length, after.inserted.length);
  return sideBefore > 0 && sideAfter > 0 && kept.length <= sideBefore && kept.length <= sideAfter;
}

function changeAfter(edits: readonly Edit[], from: number): Change {
  const change: Change = { deleted: '', inserted: '' };
  for (let index = from; index < edits.length && edits[index]!.kind !== 'equal'; index += 1) {
    const edit = edits[index]!;
    if (edit.kind === 'delete') change.deleted += edit.text;
    else change.inserted += edit.text;
  }
  return change;
}

function flush(out: Edit[], change: Change): void {
  if (change.deleted) out.push({ kind: 'delete', text: change.deleted });
  if (change.inserted) out.push({ kind: 'insert', text: change.inserted });
}

/**
 * Neighbouring edits of one kind as one, and each change's deletion before its insertion. Words
 * carry the whitespace before them, so " Monday" replaced by " Tuesday" would show the space as
 * changed; whitespace a deletion and its insertion share at either end is kept instead.
 */
export function joinNeighbours(edits: readonly Edit[]): Edit[] {
  const changes: Edit[] = [];
  let change: Change = { deleted: '', inserted: '' };
  for (const edit of edits) {
    if (!edit.text) continue;
    if (edit.kind === 'delete') change.deleted += edit.text;
    else if (edit.kind === 'insert') change.inserted += edit.text;
    else {
      pushShared(changes, change);
      change = { deleted: '', inserted: '' };
      changes.push({ ...edit });
    }
  }
  pushShared(changes, change);
  const out: Edit[] = [];
  for (const edit of changes) {
    const last = out.at(-1);
    if (last?.kind === 'equal' && edit.kind === 'equal') last.text += edit.text;
    else out.push(edit);
  }
  return out;
}

/** The change, with the whitespace both sides start and end with pulled out as kept text. */
function pushShared(out: Edit[], { deleted, inserted }: Change): void {
  if (!deleted || !inserted) {
    flush(out, { deleted, inserted });
    return;
  }
  const lead = sharedSpace(deleted, inserted, /^\s+/u);
  const tail = sharedSpace(deleted.slice(lead.length), inserted.slice(lead.length), /\s+$/u, true);
  if (lead) out.push({ kind: 'equal', text: lead });
  flush(out, {
    deleted: deleted.slice(lead.length, deleted.length - tail.length),
    inserted: inserted.slice(lead.length, inserted.length - tail.length),
  });
  if (tail) out.push({ kind: 'equal', text: tail });
}

function sharedSpace(a: string, b: string, pattern: RegExp, fromEnd = false): string {
  const first = pattern.exec(a)?.[0] ?? '';
  const second = pattern.exec(b)?.[0] ?? '';
  let length = 0;
  const limit = Math.min(first.length, second.length);
  while (length < limit) {
    const inFirst = fromEnd ? first[first.length - 1 - length] : first[length];
    const inSecond = fromEnd ? second[second.length - 1 - length] : second[length];
    if (inFirst !== inSecond) break;
    length += 1;
  }
  return fromEnd ? first.slice(first.length - length) : first.slice(0, length);
}
