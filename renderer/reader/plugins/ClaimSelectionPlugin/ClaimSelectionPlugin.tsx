// Turns a selection in the reader into a claim. While text is selected a "Make claim" button floats
// below it; C or Ctrl/Cmd+Enter does the same from the keyboard, and the paragraph menu offers it
// too (see DocumentReader). The selection is also remembered, trimmed to its words, for the
// inspector's "Use selection as cue" and "Re-attach to selection".
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect, useRef, useState } from 'react';

import type { Span } from '../../../claims/claims-context.js';
import { isTypingTarget } from '../../../claims/keyboard-target.js';
import { trimSpan } from '../../../claims/trim-span.js';
import { Icon } from '../../../components/Icon.js';
import { offsetsOfDomRange, type ReaderNodeMap } from '../../reader-node-map.js';

export const MAKE_CLAIM_SHORTCUT = 'C or Ctrl+Enter';

interface ClaimSelectionPluginProps {
  map: ReaderNodeMap | null;
  text: string;
  /** The positioned element the button is placed in; it contains the editor. */
  container: HTMLElement | null;
  onSelectionChange: (span: Span | null) => void;
  onMakeClaim: (span: Span) => void;
}

interface Floating {
  span: Span;
  top: number;
  left: number;
}

/** The trimmed span of the window's selection when it lies in the reader's text, else null. */
export function readerSelectionSpan(
  editor: ReturnType<typeof useLexicalComposerContext>[0],
  map: ReaderNodeMap,
  text: string,
): Span | null {
  const selection = window.getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const offsets = offsetsOfDomRange(editor, map, selection.getRangeAt(0));
  return offsets ? trimSpan(text, offsets.start, offsets.end) : null;
}

export function ClaimSelectionPlugin({ map, text, container, onSelectionChange, onMakeClaim }: ClaimSelectionPluginProps) {
  const [editor] = useLexicalComposerContext();
  const [floating, setFloating] = useState<Floating | null>(null);
  const latest = useRef({ onSelectionChange, onMakeClaim });
  latest.current = { onSelectionChange, onMakeClaim };

  useEffect(() => {
    if (!map || !container) return;
    const root = editor.getRootElement();
    const update = () => {
      const selection = window.getSelection();
      const inReader = !!selection && !!root && selection.rangeCount > 0 && root.contains(selection.getRangeAt(0).commonAncestorContainer);
      const span = readerSelectionSpan(editor, map, text);
      if (span && selection) {
        latest.current.onSelectionChange(span);
        const rects = selection.getRangeAt(0).getClientRects();
        const last = rects[rects.length - 1] ?? selection.getRangeAt(0).getBoundingClientRect();
        const box = container.getBoundingClientRect();
        const left = Math.max(0, Math.min(last.right - box.left - 60, box.width - 130));
        setFloating({ span, top: last.bottom - box.top + 8, left });
      } else {
        // A click elsewhere in the text forgets the old selection; focus moving to the inspector does not.
        if (inReader || (selection?.isCollapsed && root?.contains(selection.anchorNode ?? null))) {
          latest.current.onSelectionChange(null);
        }
        setFloating(null);
      }
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.shiftKey) return;
      const command = event.ctrlKey || event.metaKey;
      const wanted = (command && event.key === 'Enter') || (!command && event.key.toLowerCase() === 'c');
      if (!wanted || isTypingTarget(event.target)) return;
      const span = readerSelectionSpan(editor, map, text);
      if (!span) return;
      event.preventDefault();
      make(span);
    };
    document.addEventListener('selectionchange', update);
    window.addEventListener('keydown', onKeyDown);
    return () => {
      document.removeEventListener('selectionchange', update);
      window.removeEventListener('keydown', onKeyDown);
    };
  }, [editor, map, text, container]);

  useEffect(() => setFloating(null), [map]);

  const make = (span: Span) => {
    latest.current.onMakeClaim(span);
    window.getSelection()?.removeAllRanges();
    setFloating(null);
  };

  if (!floating) return null;
  return (
    <div className="claim-toolbar" style={{ top: floating.top, left: floating.left }} role="toolbar" aria-label="Selection">
      <button
        type="button"
        className="claim-toolbar__button"
        title={`Make claim (${MAKE_CLAIM_SHORTCUT})`}
        // Pressing the button must not clear the selection it acts on.
        onMouseDown={(event) => event.preventDefault()}
        onClick={() => make(floating.span)}
      >
        <Icon name="claim" size={14} />
        Make claim
        <kbd className="claim-toolbar__key">C</kbd>
      </button>
    </div>
  );
}
