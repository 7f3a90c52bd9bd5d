// Runs the undo stack: records entries, and sends an entry's calls when the reviewer undoes or
// redoes. A failed undo leaves the stack as it was, so the reviewer can try again.
import { useCallback, useRef, useState } from 'react';
import { asClientError } from '../app/use-workbench-data.js';
import { useNotify } from '../components/Notifications.js';
import { runCommand } from './run-command.js';
import {
  afterRedo,
  afterUndo,
  EMPTY_STACK,
  nextRedo,
  nextUndo,
  record as recordEntry,
  type UndoEntry,
  type UndoStack,
} from './undo-stack.js';

export interface UndoHistory {
  record: (entry: UndoEntry) => void;
  /** The entry undo would take back now. */
  peekUndo: () => UndoEntry | null;
  undo: () => Promise<UndoEntry | null>;
  redo: () => Promise<UndoEntry | null>;
  reset: () => void;
  undoLabel: string | null;
  redoLabel: string | null;
}

export function useUndoHistory(): UndoHistory {
  const notify = useNotify();
  const [stack, setStackState] = useState<UndoStack>(EMPTY_STACK);
  const current = useRef(stack);
  const running = useRef(false);
  const setStack = useCallback((next: UndoStack) => {
    current.current = next;
    setStackState(next);
  }, []);

  const record = useCallback((entry: UndoEntry) => setStack(recordEntry(current.current, entry)), [setStack]);
  const reset = useCallback(() => setStack(EMPTY_STACK), [setStack]);

  const run = useCallback(
    async (direction: 'undo' | 'redo'): Promise<UndoEntry | null> => {
      if (running.current) return null;
      const entry = direction === 'undo' ? nextUndo(current.current) : nextRedo(current.current);
      if (!entry) return null;
      running.current = true;
      try {
        for (const command of entry[direction]) await runCommand(command);
        setStack(direction === 'undo' ? afterUndo(current.current) : afterRedo(current.current));
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
    [notify, setStack],
  );

  return {
    record,
    peekUndo: useCallback(() => nextUndo(current.current), []),
    undo: useCallback(() => run('undo'), [run]),
    redo: useCallback(() => run('redo'), [run]),
    reset,
    undoLabel: nextUndo(stack)?.label ?? null,
    redoLabel: nextRedo(stack)?.label ?? null,
  };
}
