// Opens a document at a search match: scrolls the match into view and highlights it with the CSS
// Custom Highlight API, which paints a range without touching the editor's DOM or state (the
// selection is used where that API is missing).
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect, useRef } from 'react';

import { domRangeFor, type ReaderNodeMap } from '../../reader-node-map.js';
import { scrollToThird } from '../../scroll-into-third.js';
import { blockIndexAt, type TextRegion } from '../../text-layout.js';

export const MATCH_HIGHLIGHT = 'claimtrace-search-match';

export interface RevealRequest {
  documentId: string;
  start: number;
  end: number;
  /** What was searched for, so a whole phrase can be highlighted. */
  query: string;
}

interface RevealMatchPluginProps {
  map: ReaderNodeMap | null;
  request: RevealRequest | null;
  scroller: HTMLElement | null;
  /** Regions folded away (page furniture, reader comments); a match inside one unfolds it. */
  collapsedRegions: ReadonlySet<TextRegion>;
  onExpandRegion: (region: TextRegion) => void;
}

export function RevealMatchPlugin({ map, request, scroller, collapsedRegions, onExpandRegion }: RevealMatchPluginProps) {
  const [editor] = useLexicalComposerContext();
  // Each request is shown once: rebuilding the text (a moved boundary) must not scroll back. A new
  // request is a new object, so choosing the same result again scrolls again.
  const shown = useRef<RevealRequest | null>(null);

  useEffect(() => {
    if (!map || !request || !scroller || shown.current === request) return;
    const block = map.layout.blocks[blockIndexAt(map.layout, request.start)];
    if (block && collapsedRegions.has(block.region)) {
      // The effect runs again once the region is shown.
      onExpandRegion(block.region);
      return;
    }
    const range = domRangeFor(editor, map, request.start, request.end);
    if (!range) return;
    scrollToThird(scroller, range);
    highlight(range);
    shown.current = request;
    // Paragraphs far from view are laid out only once they come near it (content-visibility), so
    // the first scroll can land a little off; one more look after they are laid out settles it.
    const settle = requestAnimationFrame(() => scrollToThird(scroller, range));
    return () => cancelAnimationFrame(settle);
  }, [editor, map, request, scroller, collapsedRegions, onExpandRegion]);

  useEffect(() => clearHighlight, [map]);

  return null;
}

function highlight(range: Range): void {
  if (typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function') {
    CSS.highlights.set(MATCH_HIGHLIGHT, new Highlight(range));
    return;
  }
  const selection = window.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
}

function clearHighlight(): void {
  if (typeof CSS !== 'undefined' && 'highlights' in CSS) CSS.highlights.delete(MATCH_HIGHLIGHT);
}
