// The reviewer's undo history for claims: each entry is a pair of API call lists, one that takes the
// change back and one that makes it again. The workbench keeps its own append-only history; undo
// never removes anything from it, it only records one more change. Pure: the stack is a value.

import type { ArgsIn } from '../../core/api/index.js';

/** The calls undo and redo make; each is its own inverse's inverse. */
export type ClaimCommand =
  | { method: 'claims.delete'; args: ArgsIn<'claims.delete'> }
  | { method: 'claims.restore'; args: ArgsIn<'claims.restore'> }
  | { method: 'claims.update'; args: ArgsIn<'claims.update'> }
  | { method: 'claims.setChain'; args: ArgsIn<'claims.setChain'> }
  | { method: 'claims.reattach'; args: ArgsIn<'claims.reattach'> };

export interface UndoEntry {
  /** What the change was, as a menu would say it after "Undo" ("make claim", "edit statement"). */
  label: string;
  undo: ClaimCommand[];
  redo: ClaimCommand[];
  /** The claim to show after undoing or redoing, when it still exists. */
  claimId: string | null;
  /**
   * Entries with the same key in a row are one change: typing a statement saves several times,
   * but undo should take back the whole edit, not one pause at a time.
   */
  mergeKey?: string;
}

export interface UndoStack {
  past: UndoEntry[];
  future: UndoEntry[];
}

export const EMPTY_STACK: UndoStack = { past: [], future: [] };

/** How many changes can be undone; older ones fall off the bottom. */
export const UNDO_LIMIT = 200;

/** Records a change. Anything that was undone can no longer be redone once something new happens. */
export function record(stack: UndoStack, entry: UndoEntry): UndoStack {
  const top = stack.past.at(-1);
  if (entry.mergeKey !== undefined && top?.mergeKey === entry.mergeKey && stack.future.length === 0) {
    // The first edit's undo still takes the field back to where it was before the whole edit.
    const merged: UndoEntry = { ...entry, undo: top.undo };
    return { past: [...stack.past.slice(0, -1), merged], future: [] };
  }
  return { past: [...stack.past, entry].slice(-UNDO_LIMIT), future: [] };
}

export function canUndo(stack: UndoStack): boolean {
  return stack.past.length > 0;
}

export function canRedo(stack: UndoStack): boolean {
  return stack.future.length > 0;
}

export function nextUndo(stack: UndoStack): UndoEntry | null {
  return stack.past.at(-1) ?? null;
}

export function nextRedo(stack: UndoStack): UndoEntry | null {
  return stack.future.at(-1) ?? null;
}

/** The stack once the top entry has been undone (its calls succeeded). */
export function afterUndo(stack: UndoStack): UndoStack {
  const entry = stack.past.at(-1);
  if (!entry) return stack;
  // An undone entry never merges with what comes next.
  const { mergeKey: _dropped, ...unmergeable } = entry;
  return { past: stack.past.slice(0, -1), future: [...stack.future, unmergeable] };
}

/** The stack once the top redo entry has been made again. */
export function afterRedo(stack: UndoStack): UndoStack {
  const entry = stack.future.at(-1);
  if (!entry) return stack;
  return { past: [...stack.past, entry], future: stack.future.slice(0, -1) };
}

/** Drops what the reviewer can no longer undo sensibly, such as changes to a claim another window removed. */
export function forgetClaim(stack: UndoStack, claimId: string): UndoStack {
  const keep = (entry: UndoEntry) => entry.claimId !== claimId;
  return { past: stack.past.filter(keep), future: stack.future.filter(keep) };
}

/**
 * One stack per document: undo takes back the last change in the document being read, never a
 * change made earlier in another one the reviewer has since left.
 */
export type UndoStacks = Readonly<Record<string, UndoStack>>;

export function stackOf(stacks: UndoStacks, documentId: string | null): UndoStack {
  return (documentId !== null && stacks[documentId]) || EMPTY_STACK;
}

export function withStack(stacks: UndoStacks, documentId: string, stack: UndoStack): UndoStacks {
  return { ...stacks, [documentId]: stack };
}
