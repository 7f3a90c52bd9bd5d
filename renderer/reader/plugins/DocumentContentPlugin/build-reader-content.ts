import {
  $createLineBreakNode,
  $createParagraphNode,
  $createTextNode,
  $getRoot,
  type ElementNode,
  type LexicalNode,
  type NodeKey,
} from 'lexical';
import { $createCommentsDividerNode } from '../../nodes/CommentsDividerNode.js';
import { $createCommentsRegionNode } from '../../nodes/CommentsRegionNode.js';
import type { ReaderNodeMap } from '../../reader-node-map.js';
import type { TextLayout } from '../../text-layout.js';

// ElementNode.append takes its children as arguments; a long document is appended in batches.
const APPEND_BATCH = 2000;

/**
 * Replaces the editor's content with the document text: one paragraph per block, one line break
 * per single newline. Runs inside one editor.update; every node is created plainly, with no
 * transforms or per-node updates, so a megabyte of text is built in one pass.
 */
export function $buildReaderContent(text: string, layout: TextLayout): ReaderNodeMap {
  const root = $getRoot();
  root.clear();
  const blockKeys: NodeKey[] = [];
  const lineKeys: (NodeKey | null)[][] = [];
  const blockOfKey = new Map<NodeKey, number>();
  const articleParagraphs: LexicalNode[] = [];
  const commentParagraphs: LexicalNode[] = [];

  for (const block of layout.blocks) {
    const paragraph = $createParagraphNode();
    const keys: (NodeKey | null)[] = [];
    block.lines.forEach((line, index) => {
      if (index > 0) paragraph.append($createLineBreakNode());
      if (line.end > line.start) {
        const textNode = $createTextNode(text.slice(line.start, line.end));
        paragraph.append(textNode);
        keys.push(textNode.getKey());
      } else {
        keys.push(null);
      }
    });
    blockKeys.push(paragraph.getKey());
    blockOfKey.set(paragraph.getKey(), block.index);
    lineKeys.push(keys);
    (block.region === 'comments' ? commentParagraphs : articleParagraphs).push(paragraph);
  }

  appendAll(root, articleParagraphs);
  if (commentParagraphs.length > 0) {
    const region = $createCommentsRegionNode();
    appendAll(region, commentParagraphs);
    root.append($createCommentsDividerNode(), region);
  }
  return { layout, blockKeys, lineKeys, blockOfKey };
}

function appendAll(parent: ElementNode, children: LexicalNode[]): void {
  for (let i = 0; i < children.length; i += APPEND_BATCH) parent.append(...children.slice(i, i + APPEND_BATCH));
}
