// Shows detection suggestions on the text without touching the editor: the CSS Custom Highlight
// API paints a dashed underline under each suggested claim and marks its cue, and the suggestion
// the reviewer is looking at in the list is painted stronger and scrolled into view.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect } from 'react';

import type { Suggestion } from '../../../../core/detection/types.js';
import { suggestionKey } from '../../../claims/suggestion-key.js';
import { domRangeFor, type ReaderNodeMap } from '../../reader-node-map.js';
import { scrollIntoViewIfNeeded } from '../../scroll-into-third.js';

export const SUGGESTION_HIGHLIGHT = 'claimtrace-suggestion';
export const SUGGESTION_CUE_HIGHLIGHT = 'claimtrace-suggestion-cue';
export const SUGGESTION_FOCUS_HIGHLIGHT = 'claimtrace-suggestion-focus';

const NAMES = [SUGGESTION_HIGHLIGHT, SUGGESTION_CUE_HIGHLIGHT, SUGGESTION_FOCUS_HIGHLIGHT];

interface SuggestionMarksPluginProps {
  map: ReaderNodeMap | null;
  suggestions: readonly Suggestion[] | null;
  focusedKey: string | null;
  scroller: HTMLElement | null;
}

function highlightsSupported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

export function SuggestionMarksPlugin({ map, suggestions, focusedKey, scroller }: SuggestionMarksPluginProps) {
  const [editor] = useLexicalComposerContext();

  useEffect(() => {
    if (!highlightsSupported()) return;
    const clear = () => NAMES.forEach((name) => CSS.highlights.delete(name));
    if (!map || !suggestions || suggestions.length === 0) {
      clear();
      return;
    }
    const claims = new Highlight();
    const cues = new Highlight();
    const focused = new Highlight();
    let focusedRange: Range | null = null;
    for (const suggestion of suggestions) {
      const range = domRangeFor(editor, map, suggestion.claim.start, suggestion.claim.end);
      if (!range) continue;
      claims.add(range);
      const cue = suggestion.cue ? domRangeFor(editor, map, suggestion.cue.start, suggestion.cue.end) : null;
      if (cue) cues.add(cue);
      if (suggestionKey(suggestion) === focusedKey) {
        focused.add(range);
        focusedRange = range;
      }
    }
    CSS.highlights.set(SUGGESTION_HIGHLIGHT, claims);
    CSS.highlights.set(SUGGESTION_CUE_HIGHLIGHT, cues);
    CSS.highlights.set(SUGGESTION_FOCUS_HIGHLIGHT, focused);
    if (focusedRange && scroller) scrollIntoViewIfNeeded(scroller, focusedRange);
    return clear;
  }, [editor, map, suggestions, focusedKey, scroller]);

  return null;
}
