// Workbench-wide keys for claims: Ctrl/Cmd+Z and Ctrl/Cmd+Shift+Z (or Ctrl+Y) undo and redo claim
// changes, J/K and Alt+↓/↑ move to the next or previous claim. Fields being typed in keep their
// own undo and letters.
import { useEffect, useRef } from 'react';

import { isTypingTarget } from './keyboard-target.js';

interface ClaimShortcuts {
  undo: () => void;
  redo: () => void;
  step: (direction: 1 | -1) => void;
}

export function useClaimShortcuts(shortcuts: ClaimShortcuts): void {
  const latest = useRef(shortcuts);
  latest.current = shortcuts;

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (isTypingTarget(event.target)) return;
      const key = event.key.toLowerCase();
      const command = event.ctrlKey || event.metaKey;
      if (command && !event.altKey) {
        if (key === 'z' && !event.shiftKey) {
          event.preventDefault();
          latest.current.undo();
        } else if ((key === 'z' && event.shiftKey) || (key === 'y' && event.ctrlKey && !event.shiftKey)) {
          event.preventDefault();
          latest.current.redo();
        }
        return;
      }
      // The reader's read-only editor claims Ctrl+Z for itself (and does nothing with it), so only
      // keys another control already handled, such as Alt+↑ on a hop, are left alone.
      if (command || event.defaultPrevented) return;
      const next = (!event.altKey && !event.shiftKey && key === 'j') || (event.altKey && event.key === 'ArrowDown');
      const previous = (!event.altKey && !event.shiftKey && key === 'k') || (event.altKey && event.key === 'ArrowUp');
      if (next || previous) {
        event.preventDefault();
        latest.current.step(next ? 1 : -1);
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
