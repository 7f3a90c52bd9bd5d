// The document text in a read-only Lexical editor. Claims are MarkNodes in this editor whose IDs
// are claim IDs; everything else about a claim stays in the workbench. The text is laid out by
// text-layout.ts and every paragraph keeps its offset into the stored text (see reader-node-map.ts).
import { MarkNode } from '@lexical/mark';
import { type InitialConfigType, LexicalComposer } from '@lexical/react/LexicalComposer';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { type RefObject, useCallback, useMemo, useRef, useState } from 'react';

import type { DocumentDetail } from '../../core/domain.js';
import { shortQuote } from '../claims/claim-tones.js';
import { type Span, useClaims, useReaderSelection } from '../claims/claims-context.js';
import { markRangesOf } from '../claims/mark-ranges.js';
import { useFailureNotice } from '../claims/use-failure-notice.js';
import type { MenuItem } from '../components/ContextMenu.js';
import { widenToPhrase } from './match-phrase.js';
import { CommentsDividerNode } from './nodes/CommentsDividerNode.js';
import { CommentsRegionNode } from './nodes/CommentsRegionNode.js';
import { FurnitureDividerNode } from './nodes/FurnitureDividerNode.js';
import { FurnitureRegionNode } from './nodes/FurnitureRegionNode.js';
import { ClaimMarksPlugin } from './plugins/ClaimMarksPlugin/ClaimMarksPlugin.js';
import { ClaimSelectionPlugin, readerSelectionSpan } from './plugins/ClaimSelectionPlugin/ClaimSelectionPlugin.js';
import { DocumentContentPlugin } from './plugins/DocumentContentPlugin/DocumentContentPlugin.js';
import { ReaderBoundariesPlugin, type TextMenuPlace } from './plugins/ReaderBoundariesPlugin/ReaderBoundariesPlugin.js';
import { RevealMatchPlugin, type RevealRequest } from './plugins/RevealMatchPlugin/RevealMatchPlugin.js';
import { lazySentences, paragraphSpanAt, type SentenceSource, sentenceSpanAt } from './plugins/SentenceCursorPlugin/sentence-cursor.js';
import { type SentenceCursorHandle, SentenceCursorPlugin } from './plugins/SentenceCursorPlugin/SentenceCursorPlugin.js';
import { SuggestionMarksPlugin } from './plugins/SuggestionMarksPlugin/SuggestionMarksPlugin.js';
import type { ReaderNodeMap } from './reader-node-map.js';
import { type ReaderRegions, ReaderRegionsContext, type ReaderRegionState } from './reader-regions-context.js';
import { layoutText, type TextLayout, type TextRegion } from './text-layout.js';

const READER_THEME = {
  paragraph: 'reader-paragraph',
  commentsRegion: 'reader-comments',
  commentsDivider: 'reader-comments-divider',
  furnitureRegion: 'reader-furniture',
  furnitureDivider: 'reader-furniture-divider',
  mark: 'claim-mark',
  markOverlap: 'claim-mark--overlap',
};

interface DocumentReaderProps {
  document: DocumentDetail;
  reveal: RevealRequest | null;
  /** The scrolling element around the reader, which a revealed match is scrolled within. */
  scroller: HTMLElement | null;
  onSetArticleStart: (offset: number | null) => void;
  onSetCommentsStart: (offset: number | null) => void;
}

export function DocumentReader({ document, reveal, scroller, onSetArticleStart, onSetCommentsStart }: DocumentReaderProps) {
  const { text, articleStart, commentsStart } = document;
  const layout = useMemo(() => layoutText(text, commentsStart, articleStart), [text, commentsStart, articleStart]);
  const sentences = useMemo(() => lazySentences(text, layout), [text, layout]);
  const cursor = useRef<SentenceCursorHandle | null>(null);
  const [map, setMap] = useState<ReaderNodeMap | null>(null);
  const [container, setContainer] = useState<HTMLDivElement | null>(null);
  const [collapsed, setCollapsed] = useState(false);
  // The reader opens at the article: the page furniture above it starts folded away.
  const [furnitureCollapsed, setFurnitureCollapsed] = useState(true);
  const revealed = useMemo(
    () => (reveal ? { ...reveal, end: widenToPhrase(text, reveal.start, reveal.end, reveal.query) } : null),
    [reveal, text],
  );

  const initialConfig = useMemo<InitialConfigType>(
    () => ({
      namespace: 'claimtrace-reader',
      editable: false,
      nodes: [MarkNode, CommentsRegionNode, CommentsDividerNode, FurnitureRegionNode, FurnitureDividerNode],
      theme: READER_THEME,
      onError: (error: Error) => console.error('The reader could not show the document:', error),
    }),
    [],
  );

  const expandRegion = useCallback((region: TextRegion) => {
    if (region === 'comments') setCollapsed(false);
    if (region === 'furniture') setFurnitureCollapsed(false);
  }, []);
  const collapsedRegions = useMemo<ReadonlySet<TextRegion>>(() => {
    const regions = new Set<TextRegion>();
    if (collapsed) regions.add('comments');
    if (furnitureCollapsed) regions.add('furniture');
    return regions;
  }, [collapsed, furnitureCollapsed]);
  const regions = useMemo<ReaderRegions>(
    () => ({
      furniture: regionState(
        layout,
        text,
        'furniture',
        furnitureCollapsed,
        () => setFurnitureCollapsed((value) => !value),
        () => onSetArticleStart(null),
      ),
      comments: regionState(
        layout,
        text,
        'comments',
        collapsed,
        () => setCollapsed((value) => !value),
        () => onSetCommentsStart(null),
      ),
    }),
    [layout, text, furnitureCollapsed, collapsed, onSetArticleStart, onSetCommentsStart],
  );

  const { claims, ratingsById, activeClaim, openClaim, revealRequest, createClaim, suggestions } = useClaims();
  const failed = useFailureNotice();
  const { setSelection } = useReaderSelection();
  const marks = useMemo(() => markRangesOf(claims), [claims]);
  const openFromText = useCallback((id: string) => openClaim(id), [openClaim]);
  const claimFromCursor = useCallback(
    (span: Span) =>
      createClaim(span).then(
        () => true,
        (error: unknown) => {
          failed('The claim was not made')(error);
          return false;
        },
      ),
    [createClaim, failed],
  );

  const ready = map !== null && map.layout === layout;
  return (
    <ReaderRegionsContext.Provider value={regions}>
      <LexicalComposer initialConfig={initialConfig}>
        <div
          ref={setContainer}
          className={['reader-text', collapsed ? 'is-comments-collapsed' : '', furnitureCollapsed ? 'is-furniture-collapsed' : '']
            .filter(Boolean)
            .join(' ')}
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
                // Lexical marks a read-only editor as a read-only textbox; an article takes neither
                // property, and assistive technology would announce a text field that is not there.
                aria-autocomplete={undefined}
                aria-readonly={undefined}
                lang={document.language ?? undefined}
                tabIndex={0}
                spellCheck={false}
              />
            }
            ErrorBoundary={LexicalErrorBoundary}
          />
          <DocumentContentPlugin text={text} layout={layout} marks={marks} onBuilt={setMap} />
          <RevealMatchPlugin
            map={ready ? map : null}
            request={revealed}
            scroller={scroller}
            collapsedRegions={collapsedRegions}
            onExpandRegion={expandRegion}
          />
          <ClaimMarksPlugin
            map={ready ? map : null}
            claims={claims}
            ratingsById={ratingsById}
            activeClaimId={activeClaim?.id ?? null}
            onOpenClaim={openFromText}
            revealRequest={revealRequest}
            scroller={scroller}
            collapsedRegions={collapsedRegions}
            onExpandRegion={expandRegion}
          />
          <ClaimSelectionPlugin
            map={ready ? map : null}
            text={text}
            container={container}
            onSelectionChange={setSelection}
            onMakeClaim={(span) => void createClaim(span).catch(failed('The claim was not made'))}
          />
          <SentenceCursorPlugin
            map={ready ? map : null}
            text={text}
            sentences={sentences}
            collapsedRegions={collapsedRegions}
            direction={document.direction}
            scroller={scroller}
            handle={cursor}
            onMakeClaim={claimFromCursor}
          />
          <SuggestionMarksPlugin
            map={ready ? map : null}
            suggestions={suggestions.items}
            focusedKey={suggestions.focusedKey}
            scroller={scroller}
          />
          <TextMenu
            map={ready ? map : null}
            text={text}
            sentences={sentences}
            cursor={cursor}
            container={container}
            onSetArticleStart={onSetArticleStart}
            onSetCommentsStart={onSetCommentsStart}
          />
        </div>
      </LexicalComposer>
    </ReaderRegionsContext.Provider>
  );
}

interface TextMenuProps {
  map: ReaderNodeMap | null;
  text: string;
  sentences: SentenceSource;
  cursor: RefObject<SentenceCursorHandle | null>;
  container: HTMLElement | null;
  onSetArticleStart: (offset: number | null) => void;
  onSetCommentsStart: (offset: number | null) => void;
}

/**
 * The paragraph menu: "Make claim" for a selection; "Make claim from this sentence" and "…this
 * paragraph" at the reading cursor (the keyboard) or where the pointer was pressed; "Open" for
 * each claim under the pointer.
 */
function TextMenu({ map, text, sentences, cursor, container, onSetArticleStart, onSetCommentsStart }: TextMenuProps) {
  const [editor] = useLexicalComposerContext();
  const { claims, createClaim, openClaim } = useClaims();
  const failed = useFailureNotice();
  const textMenuItems = (target: Node | null, place: TextMenuPlace): MenuItem[] => {
    const items: MenuItem[] = [];
    const make = (span: Span) => () => void createClaim(span).catch(failed('The claim was not made'));
    const span = map ? readerSelectionSpan(editor, map, text) : null;
    const covered = place.keyboard ? cursor.current?.covered() : null;
    if (span) items.push({ label: 'Make claim', icon: 'claim', onSelect: make(span) });
    else if (covered && covered.count > 1)
      items.push({ label: `Make claim from these ${covered.count} sentences`, icon: 'claim', onSelect: make(covered.span) });
    const sentence = map && place.offset !== null ? sentenceSpanAt(sentences.get(), map.layout, place.offset) : null;
    const paragraph = map && place.offset !== null ? paragraphSpanAt(text, map.layout, place.offset) : null;
    if (sentence) items.push({ label: 'Make claim from this sentence', icon: 'claim', onSelect: make(sentence) });
    if (paragraph) items.push({ label: 'Make claim from this paragraph', icon: 'claim', onSelect: make(paragraph) });
    const element = target instanceof Element ? target : target?.parentElement;
    const ids = (element?.closest<HTMLElement>('mark[data-claim-ids]')?.dataset.claimIds ?? '').split(' ');
    for (const id of ids) {
      const claim = claims.find((candidate) => candidate.id === id);
      if (claim) items.push({ label: `Open claim “${shortQuote(claim.quote, 40)}”`, icon: 'edit', onSelect: () => openClaim(id) });
    }
    return items;
  };
  return (
    <ReaderBoundariesPlugin
      map={map}
      container={container}
      onSetArticleStart={onSetArticleStart}
      onSetCommentsStart={onSetCommentsStart}
      textMenuItems={textMenuItems}
      keyboardOffset={() => cursor.current?.covered()?.focus.start ?? null}
    />
  );
}

/** The divider's view of one region, or null when the document has no such region. */
function regionState(
  layout: TextLayout,
  text: string,
  region: 'furniture' | 'comments',
  collapsed: boolean,
  toggle: () => void,
  clear: () => void,
): ReaderRegionState | null {
  const blocks = layout.blocks.filter((block) => block.region === region);
  if (blocks.length === 0) return null;
  const lines = blocks.reduce((sum, block) => sum + block.lines.filter((line) => text.slice(line.start, line.end).trim() !== '').length, 0);
  return { collapsed, toggle, clear, paragraphs: blocks.length, lines };
}
