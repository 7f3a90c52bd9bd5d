// The bridge between offsets in a document's stored text and the editor's nodes and DOM. Built
// once per layout, so a search match, and later a claim anchor, can be found on screen without
// searching the text again.
import type { LexicalEditor, NodeKey } from 'lexical';
import { $getNearestNodeFromDOMNode } from 'lexical';
import { locateOffset, type TextLayout } from './text-layout.js';

export interface ReaderNodeMap {
  layout: TextLayout;
  /** The paragraph node of each block, by block index. */
  blockKeys: NodeKey[];
  /** The text node of each line of each block; null for an empty line, which has none. */
  lineKeys: (NodeKey | null)[][];
  blockOfKey: Map<NodeKey, number>;
}

export function blockElement(editor: LexicalEditor, map: ReaderNodeMap, block: number): HTMLElement | null {
  const key = map.blockKeys[block];
  return key === undefined ? null : editor.getElementByKey(key);
}

/** The block whose paragraph contains a DOM node, or -1 when it is not inside one (the divider). */
export function blockOfDomNode(editor: LexicalEditor, map: ReaderNodeMap, domNode: Node): number {
  return editor.read(() => {
    for (let node = $getNearestNodeFromDOMNode(domNode); node; node = node.getParent()) {
      const block = map.blockOfKey.get(node.getKey());
      if (block !== undefined) return block;
    }
    return -1;
  });
}

function domPoint(
  editor: LexicalEditor,
  map: ReaderNodeMap,
  offset: number,
  affinity: 'forward' | 'backward',
): { node: Node; offset: number } | null {
  const position = locateOffset(map.layout, offset, affinity);
  if (!position) return null;
  const key = map.lineKeys[position.block]?.[position.line];
  if (key) {
    const text = editor.getElementByKey(key)?.firstChild;
    if (text && text.nodeType === Node.TEXT_NODE) {
      return { node: text, offset: Math.min(position.offsetInLine, (text as Text).length) };
    }
  }
  const paragraph = blockElement(editor, map, position.block);
  return paragraph ? { node: paragraph, offset: 0 } : null;
}

/** A DOM range over [start, end) of the stored text, as it is currently rendered. */
export function domRangeFor(editor: LexicalEditor, map: ReaderNodeMap, start: number, end: number): Range | null {
  const from = domPoint(editor, map, start, 'forward');
  const to = domPoint(editor, map, Math.max(start, end), 'backward');
  if (!from || !to) return null;
  const range = document.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  if (range.collapsed && end > start) range.setEnd(from.node, from.offset);
  return range;
}
