// The claim undo history: what Ctrl+Z takes back, what Ctrl+Shift+Z makes again, and how a run of
// saves while typing in one field is undone as one edit.
import { describe, expect, it } from 'vitest';

import {
  afterRedo,
  afterUndo,
  canRedo,
  canUndo,
  EMPTY_STACK,
  forgetClaim,
  nextRedo,
  nextUndo,
  record,
  stackOf,
  UNDO_LIMIT,
  type UndoEntry,
  type UndoStacks,
  withStack,
} from '../../../../renderer/claims/undo-stack.js';

const ID = '6f1c1d5e-4d8b-4b7a-9a53-2f4a3d1c0b11';

function edit(statement: string, previous: string, mergeKey?: string): UndoEntry {
  return {
    label: 'edit statement',
    undo: [{ method: 'claims.update', args: { id: ID, patch: { statement: previous } } }],
    redo: [{ method: 'claims.update', args: { id: ID, patch: { statement } } }],
    claimId: ID,
    ...(mergeKey ? { mergeKey } : {}),
  };
}

describe('the undo stack', () => {
  it('undoes the latest change first and redoes what was undone', () => {
    let stack = record(EMPTY_STACK, edit('one', ''));
    stack = record(stack, edit('two', 'one'));
    expect(nextUndo(stack)?.redo).toEqual(edit('two', 'one').redo);
    stack = afterUndo(stack);
    expect(nextUndo(stack)?.redo).toEqual(edit('one', '').redo);
    expect(nextRedo(stack)?.undo).toEqual(edit('two', 'one').undo);
    stack = afterRedo(stack);
    expect(canRedo(stack)).toBe(false);
    expect(nextUndo(stack)?.redo).toEqual(edit('two', 'one').redo);
  });

  it('forgets what could be redone once something new is done', () => {
    let stack = record(record(EMPTY_STACK, edit('one', '')), edit('two', 'one'));
    stack = afterUndo(stack);
    expect(canRedo(stack)).toBe(true);
    stack = record(stack, edit('three', 'one'));
    expect(canRedo(stack)).toBe(false);
    expect(stack.past).toHaveLength(2);
  });

  it('takes back a whole typing session at once, to where the field was before it', () => {
    let stack = record(EMPTY_STACK, edit('Th', 'before', 'statement:1'));
    stack = record(stack, edit('The army', 'Th', 'statement:1'));
    stack = record(stack, edit('The army said', 'The army', 'statement:1'));
    expect(stack.past).toHaveLength(1);
    expect(nextUndo(stack)?.undo).toEqual(edit('x', 'before').undo);
    expect(nextUndo(stack)?.redo).toEqual(edit('The army said', 'x').redo);
    // The next visit to the field is a separate edit.
    stack = record(stack, edit('The army said so', 'The army said', 'statement:2'));
    expect(stack.past).toHaveLength(2);
  });

  it('does not merge into an entry that was undone and redone', () => {
    let stack = record(EMPTY_STACK, edit('one', '', 'statement:1'));
    stack = afterRedo(afterUndo(stack));
    stack = record(stack, edit('one more', 'one', 'statement:1'));
    expect(stack.past).toHaveLength(2);
  });

  it('keeps a bounded history, dropping the oldest changes', () => {
    let stack = EMPTY_STACK;
    for (let i = 0; i <= UNDO_LIMIT + 5; i++) stack = record(stack, edit(`v${i + 1}`, `v${i}`));
    expect(stack.past).toHaveLength(UNDO_LIMIT);
    expect(stack.past[0]?.redo).toEqual(edit('v7', 'x').redo);
  });

  it('has nothing to undo or redo when empty, and undoing then changes nothing', () => {
    expect(canUndo(EMPTY_STACK)).toBe(false);
    expect(nextUndo(EMPTY_STACK)).toBeNull();
    expect(afterUndo(EMPTY_STACK)).toBe(EMPTY_STACK);
    expect(afterRedo(EMPTY_STACK)).toBe(EMPTY_STACK);
  });

  it('drops the changes to a claim that can no longer be undone', () => {
    const other: UndoEntry = { ...edit('a', 'b'), claimId: 'another' };
    const stack = forgetClaim(record(record(EMPTY_STACK, edit('one', '')), other), ID);
    expect(stack.past).toEqual([other]);
  });
});

describe('one history per document', () => {
  it('undoes in the open document only what was done in it', () => {
    let stacks: UndoStacks = {};
    stacks = withStack(stacks, 'doc-a', record(stackOf(stacks, 'doc-a'), edit('A1', 'A0')));
    stacks = withStack(stacks, 'doc-b', record(stackOf(stacks, 'doc-b'), edit('B1', 'B0')));
    stacks = withStack(stacks, 'doc-a', record(stackOf(stacks, 'doc-a'), edit('A2', 'A1')));

    expect(nextUndo(stackOf(stacks, 'doc-b'))?.redo).toEqual(edit('B1', 'B0').redo);
    expect(nextUndo(stackOf(stacks, 'doc-a'))?.redo).toEqual(edit('A2', 'A1').redo);

    // Undoing in B leaves A's history as it was.
    stacks = withStack(stacks, 'doc-b', afterUndo(stackOf(stacks, 'doc-b')));
    expect(canUndo(stackOf(stacks, 'doc-b'))).toBe(false);
    expect(canRedo(stackOf(stacks, 'doc-b'))).toBe(true);
    expect(stackOf(stacks, 'doc-a').past).toHaveLength(2);
  });

  it('has nothing to undo with no document open, or in a document never changed', () => {
    const stacks = withStack({}, 'doc-a', record(EMPTY_STACK, edit('A1', 'A0')));
    expect(stackOf(stacks, null)).toBe(EMPTY_STACK);
    expect(stackOf(stacks, 'doc-z')).toBe(EMPTY_STACK);
  });
});
