// The bridge between offsets in a document's stored text and the editor's nodes and DOM. Built
// with the content, so a search match or a claim anchor can be found on screen without searching
// the text again, and a selection on screen can be turned back into offsets.
import type { LexicalEditor, NodeKey } from 'lexical';
import { $getNearestNodeFromDOMNode } from 'lexical';

import { locateOffset, type TextLayout } from './text-layout.js';

/** One text node of a line: [start, end) in the stored text, inside a claim mark or not. */
export interface LineSegment {
  start: number;
  end: number;
  textKey: NodeKey;
  /** The MarkNode around the text, when claims cover it. */
  markKey: NodeKey | null;
  /** The claims covering it, innermost first. */
  ids: readonly string[];
}

export interface ReaderNodeMap {
  layout: TextLayout;
  /** The paragraph node of each block, by block index. */
  blockKeys: NodeKey[];
  /** The text segments of each line of each block; an empty line has none. */
  lineSegments: LineSegment[][][];
  blockOfKey: Map<NodeKey, number>;
  /** Each text node's segment, for turning a DOM position back into an offset. */
  segmentOfKey: Map<NodeKey, LineSegment>;
  /** What the claim marks of each block were built from (see mark-ranges.ts blockSignature). */
  markSignatures: string[];
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

function segmentAt(segments: readonly LineSegment[], offset: number, affinity: 'forward' | 'backward'): LineSegment | null {
  for (const segment of segments) {
    if (affinity === 'forward' ? offset < segment.end : offset <= segment.end) return segment;
  }
  return segments.at(-1) ?? null;
}

function domPoint(
  editor: LexicalEditor,
  map: ReaderNodeMap,
  offset: number,
  affinity: 'forward' | 'backward',
): { node: Node; offset: number } | null {
  const position = locateOffset(map.layout, offset, affinity);
  if (!position) return null;
  const line = map.layout.blocks[position.block]?.lines[position.line];
  const segments = map.lineSegments[position.block]?.[position.line] ?? [];
  const at = (line?.start ?? 0) + position.offsetInLine;
  const segment = segmentAt(segments, at, affinity);
  if (segment) {
    const text = editor.getElementByKey(segment.textKey)?.firstChild;
    if (text && text.nodeType === Node.TEXT_NODE) {
      const inSegment = Math.max(0, Math.min(at - segment.start, (text as Text).length));
      return { node: text, offset: inSegment };
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

/**
 * The stored-text offset of a DOM position inside the reader (a selection's anchor or focus).
 * A position between nodes (after a line break, at a paragraph's edge) snaps to the nearest text:
 * forward for the start of a range, backward for its end. Null when the position is not in the text.
 */
export function offsetOfDomPoint(
  editor: LexicalEditor,
  map: ReaderNodeMap,
  node: Node,
  offset: number,
  affinity: 'forward' | 'backward',
): number | null {
  const root = editor.getRootElement();
  if (!root || !root.contains(node)) return null;
  if (node.nodeType === Node.TEXT_NODE) {
    const segment = segmentOfTextDom(editor, map, node);
    if (segment) return segment.start + Math.min(offset, segment.end - segment.start);
  }
  // Between nodes: walk to the nearest text node in the chosen direction.
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const boundary = document.createRange();
  boundary.setStart(node, Math.min(offset, node.childNodes.length || (node as Text).length || 0));
  if (affinity === 'forward') {
    for (let text = walker.nextNode(); text; text = walker.nextNode()) {
      if (boundary.comparePoint(text, 0) >= 0) {
        const segment = segmentOfTextDom(editor, map, text);
        if (segment) return segment.start;
      }
    }
  } else {
    walker.currentNode = root;
    let found: number | null = null;
    for (let text = walker.nextNode(); text; text = walker.nextNode()) {
      if (boundary.comparePoint(text, (text as Text).length) > 0) break;
      const segment = segmentOfTextDom(editor, map, text);
      if (segment) found = segment.end;
    }
    return found;
  }
  return null;
}

function segmentOfTextDom(editor: LexicalEditor, map: ReaderNodeMap, text: Node): LineSegment | null {
  return editor.read(() => {
    const node = $getNearestNodeFromDOMNode(text);
    return node ? (map.segmentOfKey.get(node.getKey()) ?? null) : null;
  });
}

/** The offsets a DOM range covers in the stored text, or null when it does not lie in the reader. */
export function offsetsOfDomRange(editor: LexicalEditor, map: ReaderNodeMap, selected: Range): { start: number; end: number } | null {
  const root = editor.getRootElement();
  if (!root || !selected.intersectsNode(root)) return null;
  // A drag that began in the document header and ended in the text keeps only the text part.
  const range = selected.cloneRange();
  if (!root.contains(range.startContainer)) range.setStart(root, 0);
  if (!root.contains(range.endContainer)) range.setEnd(root, root.childNodes.length);
  const start = offsetOfDomPoint(editor, map, range.startContainer, range.startOffset, 'forward');
  const end = offsetOfDomPoint(editor, map, range.endContainer, range.endOffset, 'backward');
  if (start === null || end === null || end <= start) return null;
  return { start, end };
}

/** The stored-text offset under a point of the window (where a right click landed), or null off the text. */
export function offsetAtPoint(editor: LexicalEditor, map: ReaderNodeMap, x: number, y: number): number | null {
  const place = caretAt(x, y);
  return place ? offsetOfDomPoint(editor, map, place.node, place.offset, 'forward') : null;
}

function caretAt(x: number, y: number): { node: Node; offset: number } | null {
  if (typeof document.caretPositionFromPoint === 'function') {
    const position = document.caretPositionFromPoint(x, y);
    return position ? { node: position.offsetNode, offset: position.offset } : null;
  }
  // Older Chromium (and the Electron versions built on it) knows only the WebKit name.
  const legacy = (document as Document & { caretRangeFromPoint?: (x: number, y: number) => Range | null }).caretRangeFromPoint;
  const range = typeof legacy === 'function' ? legacy.call(document, x, y) : null;
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}
