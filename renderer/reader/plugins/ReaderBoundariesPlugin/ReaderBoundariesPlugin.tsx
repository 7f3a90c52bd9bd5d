// Lets the reviewer say where the article begins and where the reader comments begin: buttons
// ("Article starts here", "Comments start here") appear beside the paragraph under the pointer, and
// the same actions (with "Show the whole page as the article" and "No comments") are in the
// paragraph's context menu, which the keyboard opens with Shift+F10 or the context-menu key (at
// the reading cursor when it is shown).
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useCallback, useEffect, useRef, useState } from 'react';

import { ContextMenu, type MenuItem, type MenuPosition } from '../../../components/ContextMenu.js';
import { Icon } from '../../../components/Icon.js';
import { blockElement, blockOfDomNode, domRangeFor, offsetAtPoint, type ReaderNodeMap } from '../../reader-node-map.js';
import { blockIndexAt } from '../../text-layout.js';
import { type BoundaryChoices, boundaryChoices } from './boundary-choices.js';

interface ReaderBoundariesPluginProps {
  map: ReaderNodeMap | null;
  /** The positioned element the buttons are placed in; it contains the editor. */
  container: HTMLElement | null;
  onSetArticleStart: (offset: number | null) => void;
  onSetCommentsStart: (offset: number | null) => void;
  /** Actions on the text under the pointer or selected (making a claim, opening one), listed first. */
  textMenuItems?: (target: Node | null, place: TextMenuPlace) => MenuItem[];
  /** Where the keyboard is in the text (the reading cursor), so the keyboard's menu opens there. */
  keyboardOffset?: () => number | null;
}

/** Where the text's menu was opened: the offset under the pointer or the cursor, when known. */
export interface TextMenuPlace {
  offset: number | null;
  keyboard: boolean;
}

interface Hovered {
  block: number;
  top: number;
  height: number;
}

export function ReaderBoundariesPlugin({
  map,
  container,
  onSetArticleStart,
  onSetCommentsStart,
  textMenuItems,
  keyboardOffset,
}: ReaderBoundariesPluginProps) {
  const [editor] = useLexicalComposerContext();
  const [hovered, setHovered] = useState<Hovered | null>(null);
  const [menu, setMenu] = useState<{ block: number; position: MenuPosition; items: MenuItem[] } | null>(null);
  const textItems = useRef(textMenuItems);
  textItems.current = textMenuItems;
  const cursorOffset = useRef(keyboardOffset);
  cursorOffset.current = keyboardOffset;

  const blockAt = useCallback(
    (target: EventTarget | null): number => {
      if (!map || !(target instanceof Node) || !editor.getRootElement()?.contains(target)) return -1;
      return blockOfDomNode(editor, map, target);
    },
    [editor, map],
  );

  useEffect(() => setHovered(null), [map]);

  useEffect(() => {
    if (!container || !map) return;
    const onMouseMove = (event: MouseEvent) => {
      // Moving onto the buttons themselves keeps them where they are.
      if ((event.target as Element).closest?.('.boundary-actions')) return;
      const block = blockAt(event.target);
      if (block === -1) {
        setHovered(null);
        return;
      }
      const element = blockElement(editor, map, block);
      if (!element) return;
      const rect = element.getBoundingClientRect();
      const top = rect.top - container.getBoundingClientRect().top;
      setHovered((current) =>
        current?.block === block && current.top === top && current.height === rect.height ? current : { block, top, height: rect.height },
      );
    };
    const onMouseLeave = () => setHovered(null);
    const onContextMenu = (event: MouseEvent) => {
      const block = blockAt(event.target);
      if (block === -1) return;
      event.preventDefault();
      const place = { offset: offsetAtPoint(editor, map, event.clientX, event.clientY), keyboard: false };
      setMenu({ block, position: { x: event.clientX, y: event.clientY }, items: textItems.current?.(event.target as Node, place) ?? [] });
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.key === 'ContextMenu' || (event.key === 'F10' && event.shiftKey))) return;
      // At the reading cursor when there is one: its paragraph, just below its first line.
      const offset = cursorOffset.current?.() ?? null;
      const cursorRect = offset === null ? null : domRangeFor(editor, map, offset, offset + 1)?.getBoundingClientRect();
      const block = offset !== null ? blockIndexAt(map.layout, offset) : blockAt(window.getSelection()?.anchorNode ?? null);
      const chosen = block !== -1 ? block : firstVisibleBlock(editor, map, container);
      const element = chosen === -1 ? null : blockElement(editor, map, chosen);
      if (!element) return;
      event.preventDefault();
      const rect = element.getBoundingClientRect();
      const position = cursorRect ? { x: cursorRect.left, y: cursorRect.bottom + 4 } : { x: rect.left + 24, y: Math.max(rect.top, 0) + 20 };
      const at = window.getSelection()?.anchorNode ?? null;
      setMenu({ block: chosen, position, items: textItems.current?.(at, { offset, keyboard: true }) ?? [] });
    };
    container.addEventListener('mousemove', onMouseMove);
    container.addEventListener('mouseleave', onMouseLeave);
    container.addEventListener('contextmenu', onContextMenu);
    container.addEventListener('keydown', onKeyDown);
    return () => {
      container.removeEventListener('mousemove', onMouseMove);
      container.removeEventListener('mouseleave', onMouseLeave);
      container.removeEventListener('contextmenu', onContextMenu);
      container.removeEventListener('keydown', onKeyDown);
    };
  }, [container, map, editor, blockAt]);

  const startOf = (block: number): number | null => map?.layout.blocks[block]?.start ?? null;
  const articleAt = (block: number) => {
    const start = startOf(block);
    // The first paragraph of the text starting the article is the same as having no furniture.
    if (start !== null) onSetArticleStart(start === 0 ? null : start);
  };
  const commentsAt = (block: number) => {
    const start = startOf(block);
    if (start !== null) onSetCommentsStart(start);
  };

  const menuItems = (choices: BoundaryChoices, block: number, textActions: MenuItem[]): MenuItem[] => {
    const items: MenuItem[] = [...textActions];
    if (choices.articleStartsHere) items.push({ label: 'Article starts here', icon: 'reader', onSelect: () => articleAt(block) });
    if (choices.wholePage)
      items.push({ label: 'Show the whole page as the article', icon: 'document', onSelect: () => onSetArticleStart(null) });
    if (choices.commentsStartHere) items.push({ label: 'Comments start here', icon: 'comments', onSelect: () => commentsAt(block) });
    if (choices.noComments) items.push({ label: 'No comments', icon: 'close', onSelect: () => onSetCommentsStart(null) });
    return items;
  };

  const hoveredChoices = hovered && map ? boundaryChoices(map.layout, hovered.block) : null;
  const showArticle = hoveredChoices?.articleStartsHere === true && hoveredChoices.nearArticleStart;
  const showComments = hoveredChoices?.commentsStartHere === true;
  return (
    <>
      {hovered && (showArticle || showComments) ? (
        // Marks, beside the text, the paragraph the buttons would move a boundary to.
        <span className="boundary-guide" style={{ top: hovered.top, height: hovered.height }} aria-hidden="true" />
      ) : null}
      {hovered && (showArticle || showComments) ? (
        <span className="boundary-actions" style={{ top: hovered.top }}>
          {showArticle ? (
            <button
              type="button"
              className="boundary-button"
              title="Start the article at this paragraph; the text above it is folded away as page furniture"
              onClick={() => articleAt(hovered.block)}
            >
              <Icon name="reader" size={13} />
              Article starts here
            </button>
          ) : null}
          {showComments ? (
            <button
              type="button"
              className="boundary-button"
              title="Mark this paragraph and everything after it as reader comments"
              onClick={() => commentsAt(hovered.block)}
            >
              <Icon name="comments" size={13} />
              Comments start here
            </button>
          ) : null}
        </span>
      ) : null}
      {menu && map ? (
        <ContextMenu
          label="Paragraph"
          position={menu.position}
          items={menuItems(boundaryChoices(map.layout, menu.block), menu.block, menu.items)}
          onClose={() => setMenu(null)}
        />
      ) : null}
    </>
  );
}

/** The first paragraph whose top is in view, for a menu opened with no selection. */
function firstVisibleBlock(editor: ReturnType<typeof useLexicalComposerContext>[0], map: ReaderNodeMap, container: HTMLElement): number {
  const scroller = container.closest('.pane-body') ?? container;
  const top = scroller.getBoundingClientRect().top;
  for (let block = 0; block < map.blockKeys.length; block++) {
    const rect = blockElement(editor, map, block)?.getBoundingClientRect();
    if (rect && rect.bottom > top) return block;
  }
  return -1;
}
