import { $createMarkNode } from '@lexical/mark';
import {
  $createLineBreakNode,
  $createParagraphNode,
  $createTextNode,
  $getNodeByKey,
  $getRoot,
  $isElementNode,
  type ElementNode,
  type LexicalNode,
  type NodeKey,
} from 'lexical';

import { blockSignature, cutIntoPieces, type MarkRange } from '../../../claims/mark-ranges.js';
import { $createCommentsDividerNode } from '../../nodes/CommentsDividerNode.js';
import { $createCommentsRegionNode } from '../../nodes/CommentsRegionNode.js';
import { $createFurnitureDividerNode } from '../../nodes/FurnitureDividerNode.js';
import { $createFurnitureRegionNode } from '../../nodes/FurnitureRegionNode.js';
import type { LineSegment, ReaderNodeMap } from '../../reader-node-map.js';
import type { TextBlock, TextLayout } from '../../text-layout.js';

// ElementNode.append takes its children as arguments; a long document is appended in batches.
const APPEND_BATCH = 2000;

/**
 * Replaces the editor's content with the document text: one paragraph per block, one line break
 * per single newline, page furniture and reader comments each in a region behind a divider, and a
 * MarkNode (whose IDs are claim IDs) around every stretch claims cover.
 * Runs inside one editor.update; every node is created plainly, with no transforms or per-node
 * updates, so a megabyte of text is built in one pass. `marks` holds each block's claim ranges.
 */
export function $buildReaderContent(text: string, layout: TextLayout, marks: readonly MarkRange[][] = []): ReaderNodeMap {
  const root = $getRoot();
  root.clear();
  const map: ReaderNodeMap = {
    layout,
    blockKeys: [],
    lineSegments: [],
    blockOfKey: new Map(),
    segmentOfKey: new Map(),
    markSignatures: [],
  };
  const paragraphs: Record<TextBlock['region'], LexicalNode[]> = { furniture: [], article: [], comments: [] };

  for (const block of layout.blocks) {
    const paragraph = $createParagraphNode();
    const ranges = marks[block.index] ?? [];
    map.lineSegments.push(appendLines(paragraph, text, block, ranges, map.segmentOfKey));
    map.markSignatures.push(blockSignature(ranges, block.start, block.end));
    map.blockKeys.push(paragraph.getKey());
    map.blockOfKey.set(paragraph.getKey(), block.index);
    paragraphs[block.region].push(paragraph);
  }

  // Page furniture comes first, folded behind its divider; the article follows; then the comments.
  if (paragraphs.furniture.length > 0) {
    const region = $createFurnitureRegionNode();
    appendAll(region, paragraphs.furniture);
    root.append($createFurnitureDividerNode(), region);
  }
  appendAll(root, paragraphs.article);
  if (paragraphs.comments.length > 0) {
    const region = $createCommentsRegionNode();
    appendAll(region, paragraphs.comments);
    root.append($createCommentsDividerNode(), region);
  }
  return map;
}

/**
 * Rebuilds the marks of the blocks whose claims changed, keeping every paragraph node (and so its
 * DOM element, its laid-out size and the scroll position) in place. Returns the updated map.
 */
export function $updateReaderMarks(text: string, map: ReaderNodeMap, marks: readonly MarkRange[][]): ReaderNodeMap {
  const changed: number[] = [];
  for (const block of map.layout.blocks) {
    if (blockSignature(marks[block.index] ?? [], block.start, block.end) !== map.markSignatures[block.index]) {
      changed.push(block.index);
    }
  }
  if (changed.length === 0) return map;
  const next: ReaderNodeMap = {
    ...map,
    lineSegments: [...map.lineSegments],
    segmentOfKey: new Map(map.segmentOfKey),
    markSignatures: [...map.markSignatures],
  };
  for (const index of changed) {
    const block = map.layout.blocks[index]!;
    const paragraph = $getNodeByKey(map.blockKeys[index]!);
    if (!$isElementNode(paragraph)) continue;
    for (const line of map.lineSegments[index] ?? []) for (const segment of line) next.segmentOfKey.delete(segment.textKey);
    paragraph.clear();
    const ranges = marks[index] ?? [];
    next.lineSegments[index] = appendLines(paragraph, text, block, ranges, next.segmentOfKey);
    next.markSignatures[index] = blockSignature(ranges, block.start, block.end);
  }
  return next;
}

function appendLines(
  paragraph: ElementNode,
  text: string,
  block: TextBlock,
  ranges: readonly MarkRange[],
  segmentOfKey: Map<NodeKey, LineSegment>,
): LineSegment[][] {
  const lines: LineSegment[][] = [];
  block.lines.forEach((line, index) => {
    if (index > 0) paragraph.append($createLineBreakNode());
    const segments: LineSegment[] = [];
    for (const piece of cutIntoPieces(line.start, line.end, ranges)) {
      const textNode = $createTextNode(text.slice(piece.start, piece.end));
      let markKey: NodeKey | null = null;
      if (piece.ids.length > 0) {
        const mark = $createMarkNode(piece.ids);
        mark.append(textNode);
        paragraph.append(mark);
        markKey = mark.getKey();
      } else {
        paragraph.append(textNode);
      }
      const segment: LineSegment = { start: piece.start, end: piece.end, textKey: textNode.getKey(), markKey, ids: piece.ids };
      segments.push(segment);
      segmentOfKey.set(segment.textKey, segment);
    }
    lines.push(segments);
  });
  return lines;
}

function appendAll(parent: ElementNode, children: LexicalNode[]): void {
  for (let i = 0; i < children.length; i += APPEND_BATCH) parent.append(...children.slice(i, i + APPEND_BATCH));
}
