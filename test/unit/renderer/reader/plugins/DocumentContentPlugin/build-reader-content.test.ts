// The reader's editor content, built headless: every paragraph and line must show exactly the
// stored text between its offsets, because claim anchors will be placed through this mapping.
import { MarkNode } from '@lexical/mark';
import { $getNodeByKey, $getRoot, $isElementNode, $isTextNode, createEditor, type LexicalEditor } from 'lexical';
import { describe, expect, it } from 'vitest';

import { CommentsDividerNode } from '../../../../../../renderer/reader/nodes/CommentsDividerNode.js';
import { $isCommentsRegionNode, CommentsRegionNode } from '../../../../../../renderer/reader/nodes/CommentsRegionNode.js';
import { $buildReaderContent } from '../../../../../../renderer/reader/plugins/DocumentContentPlugin/build-reader-content.js';
import type { ReaderNodeMap } from '../../../../../../renderer/reader/reader-node-map.js';
import { layoutText } from '../../../../../../renderer/reader/text-layout.js';

function build(text: string, commentsStart: number | null): { editor: LexicalEditor; map: ReaderNodeMap } {
  const editor = createEditor({
    namespace: 'test-reader',
    nodes: [MarkNode, CommentsRegionNode, CommentsDividerNode],
    onError: (error) => {
      throw error;
    },
  });
  let map: ReaderNodeMap | null = null;
  editor.update(
    () => {
      map = $buildReaderContent(text, layoutText(text, commentsStart));
    },
    { discrete: true },
  );
  return { editor, map: map! };
}

const ARTICLE = [
  'Kremlin says no date set for summit',
  'Mikhail Pochuev/TASS\nPhoto: Reuters/Umit Bektas',
  'MOSCOW, March 3 (TASS) - No date has been set, the spokesman told reporters.',
  'Reader One',
  'Nobody believes this.\nNot even them.',
].join('\n\n');

describe('the reader content', () => {
  it('shows each paragraph exactly as the stored text between its offsets', () => {
    const { editor, map } = build(ARTICLE, null);
    editor.getEditorState().read(() => {
      expect($getRoot().getChildrenSize()).toBe(5);
      map.layout.blocks.forEach((block, index) => {
        const paragraph = $getNodeByKey(map.blockKeys[index]!)!;
        expect(paragraph.getTextContent()).toBe(ARTICLE.slice(block.start, block.end));
        block.lines.forEach((line, lineIndex) => {
          const [segment, ...rest] = map.lineSegments[index]![lineIndex]!;
          expect(rest).toEqual([]);
          const node = $getNodeByKey(segment!.textKey);
          expect($isTextNode(node) && node.getTextContent()).toBe(ARTICLE.slice(line.start, line.end));
        });
      });
    });
  });

  it('puts the comment thread in its own region after a divider, leaving the text untouched', () => {
    const commentsStart = ARTICLE.indexOf('Reader One');
    const { editor, map } = build(ARTICLE, commentsStart);
    editor.getEditorState().read(() => {
      const children = $getRoot().getChildren();
      expect(children.map((node) => node.getType())).toEqual([
        'paragraph',
        'paragraph',
        'paragraph',
        'claimtrace-comments-divider',
        'claimtrace-comments-region',
      ]);
      const region = children[4]!;
      expect($isCommentsRegionNode(region)).toBe(true);
      expect($isElementNode(region) && region.getChildrenSize()).toBe(2);
      const firstComment = $getNodeByKey(map.blockKeys[map.layout.firstCommentBlock!]!)!;
      expect(firstComment.getParent()?.getKey()).toBe(region.getKey());
      expect(firstComment.getTextContent()).toBe('Reader One');
      expect(map.blockOfKey.get(firstComment.getKey())).toBe(3);
    });
  });

  it('builds a megabyte of text in one update quickly', () => {
    const paragraph = 'The ministry said, citing unnamed sources, that the convoy had crossed the border. '.repeat(3);
    const text = Array.from({ length: 4000 }, (_, i) => `${i}. ${paragraph}\nSecond line ${i}.`).join('\n\n');
    expect(text.length).toBeGreaterThan(1_000_000);
    const started = performance.now();
    const { editor, map } = build(text, null);
    const elapsed = performance.now() - started;
    expect(elapsed).toBeLessThan(2000);
    editor.getEditorState().read(() => {
      expect($getRoot().getChildrenSize()).toBe(4000);
      const last = $getNodeByKey(map.blockKeys[3999]!)!;
      expect(last.getTextContent()).toBe(`3999. ${paragraph}\nSecond line 3999.`);
    });
  });
});
