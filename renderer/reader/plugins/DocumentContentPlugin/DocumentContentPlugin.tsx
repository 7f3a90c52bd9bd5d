// Puts the document text into the read-only editor whenever the text or its layout changes, and
// says when it is on screen. The build is timed (performance measure "claimtrace:reader-build")
// because a long document must open without a visible stall.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useLayoutEffect, useRef } from 'react';
import type { ReaderNodeMap } from '../../reader-node-map.js';
import type { TextLayout } from '../../text-layout.js';
import { $buildReaderContent } from './build-reader-content.js';

export const READER_BUILD_MEASURE = 'claimtrace:reader-build';

interface DocumentContentPluginProps {
  text: string;
  layout: TextLayout;
  onBuilt: (map: ReaderNodeMap) => void;
}

export function DocumentContentPlugin({ text, layout, onBuilt }: DocumentContentPluginProps) {
  const [editor] = useLexicalComposerContext();
  const built = useRef(onBuilt);
  built.current = onBuilt;

  useLayoutEffect(() => {
    const started = performance.now();
    let map: ReaderNodeMap | null = null;
    // Discrete: the DOM is reconciled before update() returns, so the measure covers all of it
    // and the text is in place before the browser next paints.
    editor.update(
      () => {
        map = $buildReaderContent(text, layout);
      },
      { discrete: true },
    );
    performance.measure(READER_BUILD_MEASURE, { start: started, end: performance.now(), detail: { length: text.length } });
    if (map) built.current(map);
  }, [editor, text, layout]);

  return null;
}
