// A reading cursor for the keyboard, so a claim can be made without a mouse. While the document
// text has the focus, the arrow keys move a highlight from sentence to sentence (Shift extends it,
// Ctrl/Cmd steps by paragraph, Home and End go to the ends), folded furniture and comments are
// stepped over, and C or Ctrl/Cmd+Enter makes the claim from it, as they do for a mouse selection.
// The highlight is painted with the CSS Custom Highlight API, so the editor state holds the text
// alone; a screen reader hears each sentence through a live region.
//
// The cursor appears when the text gets the focus from the keyboard, or at the first arrow key
// after a click (then at the clicked sentence); a pointer press or a mouse selection hides it, so
// the mouse's selection and "Make claim" button work as before.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { type RefObject, useCallback, useEffect, useId, useImperativeHandle, useRef, useState } from 'react';

import type { TextDirection } from '../../../../core/domain.js';
import type { Span } from '../../../claims/claims-context.js';
import { ShortcutLegend } from '../../../components/ShortcutLegend.js';
import { blockElement, domRangeFor, offsetAtPoint, type ReaderNodeMap } from '../../reader-node-map.js';
import { scrollIntoViewIfNeeded } from '../../scroll-into-third.js';
import type { TextRegion } from '../../text-layout.js';
import {
  cursorKeyAction,
  cursorSize,
  cursorSpan,
  describeCursor,
  moveCursor,
  nearestVisible,
  type SentenceCursor,
  sentenceIndexAt,
  type SentenceSource,
  settleCursor,
  visibleIn,
} from './sentence-cursor.js';

export const SENTENCE_CURSOR_HIGHLIGHT = 'claimtrace-sentence-cursor';
/** The same place, painted quietly while the focus is elsewhere (the inspector, the text's menu). */
export const SENTENCE_CURSOR_IDLE_HIGHLIGHT = 'claimtrace-sentence-cursor-idle';

const CURSOR_KEYS = [
  { keys: ['↑', '↓'], action: 'Sentence' },
  { keys: ['Shift'], action: 'Extend' },
  { keys: ['C'], action: 'Make claim' },
  { keys: ['Shift+F10'], action: 'More' },
  { keys: ['Esc'], action: 'Hide' },
];

/** What the cursor covers, for the text's context menu. */
export interface CoveredSentences {
  span: Span;
  /** The sentence the cursor moves from, where "this sentence" is. */
  focus: Span;
  count: number;
}

export interface SentenceCursorHandle {
  /** What the cursor covers while it is shown; null when it is hidden. */
  covered: () => CoveredSentences | null;
}

interface SentenceCursorPluginProps {
  map: ReaderNodeMap | null;
  text: string;
  sentences: SentenceSource;
  collapsedRegions: ReadonlySet<TextRegion>;
  direction: TextDirection;
  /** The scrolling element around the reader, which the cursor is kept in view of. */
  scroller: HTMLElement | null;
  handle: RefObject<SentenceCursorHandle | null>;
  /** Makes the claim; resolves to whether it was made (a failure is reported by the caller). */
  onMakeClaim: (span: Span) => Promise<boolean>;
}

interface CursorState {
  cursor: SentenceCursor | null;
  shown: boolean;
}

function highlightsSupported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

/** A selection of words in the reader made with the mouse, which C and the menu act on before the cursor. */
function readerSelectionIn(root: HTMLElement): Selection | null {
  const selection = window.getSelection();
  if (!selection || selection.rangeCount === 0) return null;
  return root.contains(selection.getRangeAt(0).commonAncestorContainer) ? selection : null;
}

export function SentenceCursorPlugin(props: SentenceCursorPluginProps) {
  const { map, text, sentences, collapsedRegions, handle } = props;
  const [editor] = useLexicalComposerContext();
  const hintId = useId();
  const [state, setState] = useState<CursorState>({ cursor: null, shown: false });
  const [focused, setFocused] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  // Key presses can come faster than renders: handlers read and write the state here first.
  const current = useRef(state);
  const latest = useRef(props);
  latest.current = props;

  const commit = useCallback((next: CursorState) => {
    current.current = next;
    setState(next);
  }, []);

  // Folding a region the cursor is in moves it out onto the nearest sentence still in view. A moved
  // boundary (comments start here, the article starts here) cuts the text anew: the cursor stays
  // at the words it was on.
  const cutFrom = useRef(sentences);
  useEffect(() => {
    const before = cutFrom.current;
    cutFrom.current = sentences;
    const { cursor, shown } = current.current;
    if (!cursor) return;
    const visible = visibleIn(collapsedRegions);
    if (before !== sentences) {
      const at = before.get()[cursor.focus]?.start;
      const all = sentences.get();
      const index = at === undefined ? -1 : nearestVisible(all, sentenceIndexAt(all, at), visible);
      commit(index === -1 ? { cursor: null, shown: false } : { cursor: { anchor: index, focus: index }, shown });
      return;
    }
    const settled = settleCursor(sentences.get(), cursor, visible);
    if (settled !== cursor) commit({ cursor: settled, shown: shown && settled !== null });
  }, [sentences, collapsedRegions, commit]);

  useImperativeHandle(
    handle,
    () => ({
      covered: () => {
        const { cursor, shown } = current.current;
        const all = latest.current.sentences.get();
        if (!cursor || !shown || !all[cursor.focus]) return null;
        const focus = all[cursor.focus]!;
        return { span: cursorSpan(all, cursor), focus: { start: focus.start, end: focus.end }, count: cursorSize(cursor) };
      },
    }),
    [],
  );

  useEffect(() => {
    const visible = () => visibleIn(latest.current.collapsedRegions);

    const announce = (cursor: SentenceCursor) => {
      const words = latest.current.text;
      const all = latest.current.sentences.get();
      const described = describeCursor(words, all, cursor, visible());
      setAnnouncement(`${described.position}: ${described.words}`);
    };

    /** Where the cursor appears: where it was last, else the first sentence on screen. */
    const home = (): number => {
      const { map: shownMap, scroller } = latest.current;
      const all = latest.current.sentences.get();
      const { cursor } = current.current;
      if (cursor) {
        const settled = settleCursor(all, cursor, visible());
        if (settled) return settled.focus;
      }
      let from = 0;
      if (shownMap && scroller) {
        const top = scroller.getBoundingClientRect().top;
        const block = shownMap.layout.blocks.find((candidate) => {
          if (latest.current.collapsedRegions.has(candidate.region)) return false;
          const rect = blockElement(editor, shownMap, candidate.index)?.getBoundingClientRect();
          return !!rect && rect.height > 0 && rect.bottom > top;
        });
        if (block)
          from = Math.max(
            0,
            all.findIndex((sentence) => sentence.block >= block.index),
          );
      }
      return nearestVisible(all, from, visible());
    };

    const reveal = (index: number) => {
      const { map: shownMap, scroller } = latest.current;
      const all = latest.current.sentences.get();
      const sentence = all[index];
      if (!sentence || !shownMap || !scroller) return;
      const range = domRangeFor(editor, shownMap, sentence.start, sentence.end);
      if (range) scrollIntoViewIfNeeded(scroller, range);
    };

    const show = (cursor: SentenceCursor) => {
      commit({ cursor, shown: true });
      announce(cursor);
      reveal(cursor.focus);
    };

    // Whether the reviewer last pressed a key or the pointer: the cursor appears when the text is
    // reached from the keyboard, not when a click (or focus handed back after a click) lands there.
    let lastInput: 'keyboard' | 'pointer' | null = null;
    const onAnyKey = () => {
      lastInput = 'keyboard';
    };
    const onAnyPointer = () => {
      lastInput = 'pointer';
    };
    document.addEventListener('keydown', onAnyKey, true);
    document.addEventListener('pointerdown', onAnyPointer, true);

    const attach = (root: HTMLElement) => {
      const onKeyDown = (event: KeyboardEvent) => {
        // Keys on the dividers' buttons inside the text are theirs.
        if (event.target !== root || event.defaultPrevented || event.isComposing) return;
        const { map: shownMap, direction } = latest.current;
        const action = cursorKeyAction(event, direction);
        if (!action || !shownMap) return;
        const all = latest.current.sentences.get();
        if (all.length === 0) return;
        const { cursor, shown } = current.current;
        switch (action.kind) {
          case 'make-claim': {
            const selection = readerSelectionIn(root);
            if (!shown || !cursor || (selection && !selection.isCollapsed)) return;
            event.preventDefault();
            const span = cursorSpan(all, cursor);
            const count = cursorSize(cursor);
            void latest.current.onMakeClaim(span).then((made) => {
              if (made) setAnnouncement(count === 1 ? 'Claim made from the sentence.' : `Claim made from ${count} sentences.`);
            });
            return;
          }
          case 'escape':
            if (!shown || !cursor) return;
            event.preventDefault();
            if (cursorSize(cursor) > 1) {
              show({ anchor: cursor.focus, focus: cursor.focus });
            } else {
              commit({ cursor, shown: false });
              setAnnouncement('Sentence cursor hidden.');
            }
            return;
          case 'move': {
            event.preventDefault();
            // The cursor replaces a mouse selection, so C acts on what is highlighted.
            const selection = readerSelectionIn(root);
            if (selection && !selection.isCollapsed) selection.removeAllRanges();
            const settled = shown && cursor ? settleCursor(all, cursor, visible()) : null;
            if (settled) {
              show(moveCursor(all, settled, action.move, action.extend, visible()));
              return;
            }
            // The first key shows the cursor where the reader is; Home and End go on to the ends.
            const start = home();
            if (start === -1) return;
            const placed = { anchor: start, focus: start };
            show(
              action.move === 'first' || action.move === 'last' ? moveCursor(all, placed, action.move, action.extend, visible()) : placed,
            );
            return;
          }
        }
      };
      const onFocus = () => {
        setFocused(true);
        if (current.current.shown || lastInput !== 'keyboard') return;
        const start = home();
        if (start !== -1) show({ anchor: start, focus: start });
      };
      const onBlur = () => setFocused(false);
      const onPointerDown = () => {
        if (current.current.shown) commit({ ...current.current, shown: false });
      };
      // The cursor will appear where a click (or a right click) landed.
      const onClick = (event: MouseEvent) => {
        const { map: shownMap } = latest.current;
        if (!shownMap) return;
        const offset = offsetAtPoint(editor, shownMap, event.clientX, event.clientY);
        if (offset === null) return;
        const all = latest.current.sentences.get();
        const index = nearestVisible(all, sentenceIndexAt(all, offset), visible());
        if (index !== -1) commit({ cursor: { anchor: index, focus: index }, shown: false });
      };
      const onSelectionChange = () => {
        const selection = readerSelectionIn(root);
        if (selection && !selection.isCollapsed && current.current.shown) commit({ ...current.current, shown: false });
      };
      const listeners: [EventTarget, string, (event: never) => void][] = [
        [root, 'keydown', onKeyDown],
        [root, 'focus', onFocus],
        [root, 'blur', onBlur],
        [root, 'pointerdown', onPointerDown],
        [root, 'click', onClick],
        [root, 'contextmenu', onClick],
        [document, 'selectionchange', onSelectionChange],
      ];
      for (const [target, type, listener] of listeners) target.addEventListener(type, listener as EventListener);
      if (document.activeElement === root) setFocused(true);
      return () => {
        for (const [target, type, listener] of listeners) target.removeEventListener(type, listener as EventListener);
      };
    };

    let detach: (() => void) | null = null;
    const unregister = editor.registerRootListener((root) => {
      detach?.();
      detach = root ? attach(root) : null;
    });
    return () => {
      unregister();
      detach?.();
      document.removeEventListener('keydown', onAnyKey, true);
      document.removeEventListener('pointerdown', onAnyPointer, true);
    };
  }, [editor, commit]);

  // The keys are part of the text's description, so a screen reader says them on arrival.
  useEffect(
    () =>
      editor.registerRootListener((root, previous) => {
        const without = (element: HTMLElement) =>
          (element.getAttribute('aria-describedby') ?? '')
            .split(/\s+/)
            .filter((id) => id && id !== hintId)
            .join(' ');
        if (previous) {
          const rest = without(previous);
          if (rest) previous.setAttribute('aria-describedby', rest);
          else previous.removeAttribute('aria-describedby');
        }
        if (root) root.setAttribute('aria-describedby', [without(root), hintId].filter(Boolean).join(' '));
      }),
    [editor, hintId],
  );

  const { cursor, shown } = state;
  useEffect(() => {
    if (!highlightsSupported()) return;
    const clear = () => {
      CSS.highlights.delete(SENTENCE_CURSOR_HIGHLIGHT);
      CSS.highlights.delete(SENTENCE_CURSOR_IDLE_HIGHLIGHT);
    };
    clear();
    if (!map || !cursor || !shown || !sentences.get()[cursor.focus]) return;
    const span = cursorSpan(sentences.get(), cursor);
    const range = domRangeFor(editor, map, span.start, span.end);
    if (range) CSS.highlights.set(focused ? SENTENCE_CURSOR_HIGHLIGHT : SENTENCE_CURSOR_IDLE_HIGHLIGHT, new Highlight(range));
    return clear;
  }, [editor, map, sentences, cursor, shown, focused]);

  const position =
    cursor && shown && sentences.get()[cursor.focus] ? describeCursor(text, sentences.get(), cursor, visibleIn(collapsedRegions)) : null;
  return (
    <>
      <p id={hintId} className="visually-hidden">
        Arrow keys move a sentence cursor; Shift with an arrow extends it; Ctrl with an arrow moves by paragraph. C makes a claim from it;
        Shift+F10 offers more.
      </p>
      <div className="visually-hidden" aria-live="polite" aria-atomic="true">
        {announcement}
      </div>
      {position && focused ? (
        <div className="sentence-cursor-hint" aria-hidden="true">
          <span className="sentence-cursor-hint__position">{position.position}</span>
          <ShortcutLegend label="Sentence cursor keys" shortcuts={CURSOR_KEYS} />
        </div>
      ) : null}
    </>
  );
}
