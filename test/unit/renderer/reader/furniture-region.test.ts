// The page furniture above the article in the reader: its own region before the article, built
// without changing any offset, and the boundary moves each paragraph offers.
import { MarkNode } from '@lexical/mark';
import { $getNodeByKey, $getRoot, $isElementNode, createEditor } from 'lexical';
import { describe, expect, it } from 'vitest';

import { CommentsDividerNode } from '../../../../renderer/reader/nodes/CommentsDividerNode.js';
import { $isCommentsRegionNode, CommentsRegionNode } from '../../../../renderer/reader/nodes/CommentsRegionNode.js';
import { $isFurnitureDividerNode, FurnitureDividerNode } from '../../../../renderer/reader/nodes/FurnitureDividerNode.js';
import { $isFurnitureRegionNode, FurnitureRegionNode } from '../../../../renderer/reader/nodes/FurnitureRegionNode.js';
import { $buildReaderContent } from '../../../../renderer/reader/plugins/DocumentContentPlugin/build-reader-content.js';
import { boundaryChoices } from '../../../../renderer/reader/plugins/ReaderBoundariesPlugin/boundary-choices.js';
import type { ReaderNodeMap } from '../../../../renderer/reader/reader-node-map.js';
import { blockIndexAt, layoutText } from '../../../../renderer/reader/text-layout.js';

const PAGE = [
  'Levant Monitor | News & Analysis',
  'Most Viewed\nDay Week Month',
  'Kurds\nKurds',
  'Government Forces Reopen Damascus-Amman Highway',
  'The highway reopened to traffic on Monday, officials said.',
  'Reader One',
  'Nobody believes this.',
].join('\n\n');
const ARTICLE_START = PAGE.indexOf('Government Forces');
const COMMENTS_START = PAGE.indexOf('Reader One');

describe('layout with page furniture', () => {
  it('puts every paragraph before the article start into the furniture region', () => {
    const layout = layoutText(PAGE, COMMENTS_START, ARTICLE_START);
    expect(layout.blocks.map((block) => block.region)).toEqual([
      'furniture',
      'furniture',
      'furniture',
      'article',
      'article',
      'comments',
      'comments',
    ]);
    expect(layout.firstArticleBlock).toBe(3);
    expect(layout.firstCommentBlock).toBe(5);
    expect(layout.blocks[blockIndexAt(layout, ARTICLE_START)]!.region).toBe('article');
  });

  it('splits a paragraph whose second line starts the article', () => {
    const text = 'Menu\nSearch\nThe headline of the article\n\nBody text.';
    const layout = layoutText(text, null, text.indexOf('The headline'));
    expect(layout.blocks.map((block) => [text.slice(block.start, block.end), block.region])).toEqual([
      ['Menu\nSearch', 'furniture'],
      ['The headline of the article', 'article'],
      ['Body text.', 'article'],
    ]);
  });

  it('ignores an article start at the top, past the end or not before the comments', () => {
    for (const start of [0, PAGE.length + 4, COMMENTS_START, COMMENTS_START + 3]) {
      const layout = layoutText(PAGE, COMMENTS_START, start);
      expect(layout.firstArticleBlock, String(start)).toBe(0);
      expect(layout.blocks.some((block) => block.region === 'furniture')).toBe(false);
    }
  });
});

describe('reader content with page furniture', () => {
  it('builds a divider and a furniture region before the article, keeping every offset', () => {
    const editor = createEditor({
      namespace: 'test-reader',
      nodes: [MarkNode, CommentsRegionNode, CommentsDividerNode, FurnitureRegionNode, FurnitureDividerNode],
      onError: (error) => {
        throw error;
      },
    });
    let map: ReaderNodeMap | null = null;
    editor.update(() => (map = $buildReaderContent(PAGE, layoutText(PAGE, COMMENTS_START, ARTICLE_START))), { discrete: true });
    editor.getEditorState().read(() => {
      const children = $getRoot().getChildren();
      expect($isFurnitureDividerNode(children[0])).toBe(true);
      const furniture = children[1]!;
      expect($isFurnitureRegionNode(furniture) && furniture.getChildrenSize()).toBe(3);
      expect(children[2]!.getTextContent()).toBe('Government Forces Reopen Damascus-Amman Highway');
      expect($isCommentsRegionNode(children.at(-1))).toBe(true);
      map!.layout.blocks.forEach((block, index) => {
        const paragraph = $getNodeByKey(map!.blockKeys[index]!);
        expect($isElementNode(paragraph) && paragraph.getTextContent()).toBe(PAGE.slice(block.start, block.end));
      });
    });
  });
});

describe('boundary moves offered on a paragraph', () => {
  const layout = layoutText(PAGE, COMMENTS_START, ARTICLE_START);

  it('lets the article start anywhere before the comments, except where it already starts', () => {
    expect(boundaryChoices(layout, 0)).toMatchObject({ articleStartsHere: true, commentsStartHere: false, wholePage: true });
    expect(boundaryChoices(layout, 3)).toMatchObject({ articleStartsHere: false, commentsStartHere: false });
    expect(boundaryChoices(layout, 4)).toMatchObject({ articleStartsHere: true, commentsStartHere: true });
    expect(boundaryChoices(layout, 6)).toMatchObject({ articleStartsHere: false, commentsStartHere: true, noComments: true });
  });

  it('offers the hover button only near the top, and no "whole page" without furniture', () => {
    const plain = layoutText(Array.from({ length: 20 }, (_, i) => `Paragraph ${i}.`).join('\n\n'), null);
    expect(boundaryChoices(plain, 2)).toMatchObject({ articleStartsHere: true, nearArticleStart: true, wholePage: false });
    expect(boundaryChoices(plain, 15)).toMatchObject({ articleStartsHere: true, nearArticleStart: false, commentsStartHere: true });
    expect(boundaryChoices(plain, 0)).toMatchObject({ articleStartsHere: false, commentsStartHere: true, noComments: false });
  });
});
