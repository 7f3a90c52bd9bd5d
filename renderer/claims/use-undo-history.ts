// Runs the undo stacks, one per document: records entries in the stack of the document they
// changed, and sends the open document's top entry's calls when the reviewer undoes or redoes. A
// failed undo leaves the stack as it was, so the reviewer can try again.
import { useCallback, useRef, useState } from 'react';

import { asClientError } from '../api-client.js';
import { useNotify } from '../components/Notifications.js';
import { runCommand } from './run-command.js';
import {
  afterRedo,
  afterUndo,
  nextRedo,
  nextUndo,
  record as recordEntry,
  stackOf,
  type UndoEntry,
  type UndoStacks,
  withStack,
} from './undo-stack.js';

export interface UndoHistory {
  /** Records a change to a claim of `documentId`. */
  record: (documentId: string, entry: UndoEntry) => void;
  /** The entry undo would take back now in the open document. */
  peekUndo: () => UndoEntry | null;
  undo: () => Promise<UndoEntry | null>;
  redo: () => Promise<UndoEntry | null>;
  /** Forgets every document's history (another workbench was opened). */
  reset: () => void;
  undoLabel: string | null;
  redoLabel: string | null;
}

export function useUndoHistory(documentId: string | null): UndoHistory {
  const notify = useNotify();
  const [stacks, setStacksState] = useState<UndoStacks>({});
  const current = useRef({ stacks, documentId });
  current.current.documentId = documentId;
  const running = useRef(false);
  const setStacks = useCallback((next: UndoStacks) => {
    current.current.stacks = next;
    setStacksState(next);
  }, []);

  const record = useCallback(
    (forDocument: string, entry: UndoEntry) => {
      const { stacks: all } = current.current;
      setStacks(withStack(all, forDocument, recordEntry(stackOf(all, forDocument), entry)));
    },
    [setStacks],
  );
  const reset = useCallback(() => setStacks({}), [setStacks]);

  const run = useCallback(
    async (direction: 'undo' | 'redo'): Promise<UndoEntry | null> => {
      const forDocument = current.current.documentId;
      if (running.current || forDocument === null) return null;
      const stack = stackOf(current.current.stacks, forDocument);
      const entry = direction === 'undo' ? nextUndo(stack) : nextRedo(stack);
      if (!entry) return null;
      running.current = true;
      try {
        for (const command of entry[direction]) await runCommand(command);
        const after = stackOf(current.current.stacks, forDocument);
        setStacks(withStack(current.current.stacks, forDocument, direction === 'undo' ? afterUndo(after) : afterRedo(after)));
        notify({ tone: 'info', title: direction === 'undo' ? `Undone: ${entry.label}` : `Redone: ${entry.label}` });
        return entry;
      } catch (error) {
        notify({
          tone: 'error',
          title: direction === 'undo' ? `Could not undo “${entry.label}”` : `Could not redo “${entry.label}”`,
          message: asClientError(error).message,
        });
        return null;
      } finally {
        running.current = false;
      }
    },
    [notify, setStacks],
  );

  const open = stackOf(stacks, documentId);
  return {
    record,
    peekUndo: useCallback(() => nextUndo(stackOf(current.current.stacks, current.current.documentId)), []),
    undo: useCallback(() => run('undo'), [run]),
    redo: useCallback(() => run('redo'), [run]),
    reset,
    undoLabel: nextUndo(open)?.label ?? null,
    redoLabel: nextRedo(open)?.label ?? null,
  };
}
