// The document text in a read-only Lexical editor. Claims will be MarkNodes in this editor whose
// IDs are claim IDs; everything else about a claim stays in the workbench. The text is laid out by
// text-layout.ts and every paragraph keeps its offset into the stored text (see reader-node-map.ts).
import { MarkNode } from '@lexical/mark';
import { LexicalComposer, type InitialConfigType } from '@lexical/react/LexicalComposer';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { useCallback, useMemo, useState } from 'react';
import type { DocumentDetail } from '../../core/domain.js';
import { CommentsRegionContext, type CommentsRegionState } from './comments-region-context.js';
import { CommentsDividerNode } from './nodes/CommentsDividerNode.js';
import { CommentsRegionNode } from './nodes/CommentsRegionNode.js';
import { CommentsBoundaryPlugin } from './plugins/CommentsBoundaryPlugin/CommentsBoundaryPlugin.js';
import { DocumentContentPlugin } from './plugins/DocumentContentPlugin/DocumentContentPlugin.js';
import { RevealMatchPlugin, type RevealRequest } from './plugins/RevealMatchPlugin/RevealMatchPlugin.js';
import { widenToPhrase } from './match-phrase.js';
import type { ReaderNodeMap } from './reader-node-map.js';
import { layoutText } from './text-layout.js';

const READER_THEME = {
  paragraph: 'reader-paragraph',
  commentsRegion: 'reader-comments',
  commentsDivider: 'reader-comments-divider',
  mark: 'claim-mark',
  markOverlap: 'claim-mark--overlap',
};

interface DocumentReaderProps {
  document: DocumentDetail;
  reveal: RevealRequest | null;
  /** The scrolling element around the reader, which a revealed match is scrolled within. */
  scroller: HTMLElement | null;
  onSetCommentsStart: (offset: number | null) => void;
}

export function DocumentReader({ document, reveal, scroller, onSetCommentsStart }: DocumentReaderProps) {
  const { text, commentsStart } = document;
  const layout = useMemo(() => layoutText(text, commentsStart), [text, commentsStart]);
  const [map, setMap] = useState<ReaderNodeMap | null>(null);
  const [container, setContainer] = useState<HTMLDivElement | null>(null);
  const [collapsed, setCollapsed] = useState(false);
  const revealed = useMemo(
    () => (reveal ? { ...reveal, end: widenToPhrase(text, reveal.start, reveal.end, reveal.query) } : null),
    [reveal, text],
  );

  const initialConfig = useMemo<InitialConfigType>(
    () => ({
      namespace: 'claimtrace-reader',
      editable: false,
      nodes: [MarkNode, CommentsRegionNode, CommentsDividerNode],
      theme: READER_THEME,
      onError: (error: Error) => console.error('The reader could not show the document:', error),
    }),
    [],
  );

  const expandComments = useCallback(() => setCollapsed(false), []);
  const commentParagraphs = layout.firstCommentBlock === null ? 0 : layout.blocks.length - layout.firstCommentBlock;
  const commentsRegion = useMemo<CommentsRegionState>(
    () => ({
      collapsed,
      toggle: () => setCollapsed((value) => !value),
      clear: () => onSetCommentsStart(null),
      paragraphs: commentParagraphs,
    }),
    [collapsed, onSetCommentsStart, commentParagraphs],
  );

  const ready = map !== null && map.layout === layout;
  return (
    <CommentsRegionContext.Provider value={commentsRegion}>
      <LexicalComposer initialConfig={initialConfig}>
        <div
          ref={setContainer}
          className={collapsed ? 'reader-text is-comments-collapsed' : 'reader-text'}
          data-ready={ready ? 'true' : 'false'}
          // On the wrapper: the editor manages the dir attribute of its own root and paragraphs.
          dir={document.direction}
        >
          <RichTextPlugin
            contentEditable={
              <ContentEditable
                className="reader-text__content"
                role="article"
                aria-label="Document text"
                lang={document.language ?? undefined}
                tabIndex={0}
                spellCheck={false}
              />
            }
            ErrorBoundary={LexicalErrorBoundary}
          />
          <DocumentContentPlugin text={text} layout={layout} onBuilt={setMap} />
          <RevealMatchPlugin
            map={ready ? map : null}
            request={revealed}
            scroller={scroller}
            commentsCollapsed={collapsed}
            onExpandComments={expandComments}
          />
          <CommentsBoundaryPlugin map={ready ? map : null} container={container} onSetCommentsStart={onSetCommentsStart} />
        </div>
      </LexicalComposer>
    </CommentsRegionContext.Provider>
  );
}
