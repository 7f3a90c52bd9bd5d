// Puts the document text into the read-only editor whenever the text or its layout changes, and
// says when it is on screen. The build is timed (performance measure "reader-build")
// because a long document must open without a visible stall. When only the claims change, just
// the paragraphs they touch are rebuilt, so the page does not jump under the reviewer.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useLayoutEffect, useRef } from 'react';

import { type MarkRange, rangesByBlock } from '../../../claims/mark-ranges.js';
import type { ReaderNodeMap } from '../../reader-node-map.js';
import type { TextLayout } from '../../text-layout.js';
import { $buildReaderContent, $updateReaderMarks } from './build-reader-content.js';

export const READER_BUILD_MEASURE = 'reader-build';

interface DocumentContentPluginProps {
  text: string;
  layout: TextLayout;
  /** The claims that have a place in the text. */
  marks: readonly MarkRange[];
  onBuilt: (map: ReaderNodeMap) => void;
}

export function DocumentContentPlugin({ text, layout, marks, onBuilt }: DocumentContentPluginProps) {
  const [editor] = useLexicalComposerContext();
  const built = useRef(onBuilt);
  built.current = onBuilt;
  const current = useRef<ReaderNodeMap | null>(null);
  const latestMarks = useRef(marks);
  latestMarks.current = marks;

  useLayoutEffect(() => {
    const started = performance.now();
    let map: ReaderNodeMap | null = null;
    // Discrete: the DOM is reconciled before update() returns, so the measure covers all of it
    // and the text is in place before the browser next paints.
    editor.update(
      () => {
        map = $buildReaderContent(text, layout, rangesByBlock(layout, latestMarks.current));
      },
      { discrete: true },
    );
    performance.measure(READER_BUILD_MEASURE, { start: started, end: performance.now(), detail: { length: text.length } });
    current.current = map;
    if (map) built.current(map);
  }, [editor, text, layout]);

  useLayoutEffect(() => {
    const previous = current.current;
    if (!previous || previous.layout !== layout) return;
    let map: ReaderNodeMap = previous;
    editor.update(
      () => {
        map = $updateReaderMarks(text, previous, rangesByBlock(layout, marks));
      },
      { discrete: true },
    );
    if (map !== previous) {
      current.current = map;
      built.current(map);
    }
  }, [editor, text, layout, marks]);

  return null;
}
