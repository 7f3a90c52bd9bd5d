// Claims in the reader's editor: each claim's words sit in MarkNodes carrying its ID, overlapping
// claims share the marks where they overlap, the text itself never changes, and a change to one
// claim rebuilds only the paragraphs it touches.
import { $isMarkNode, MarkNode } from '@lexical/mark';
import { $getNodeByKey, $getRoot, createEditor, type LexicalEditor, type LexicalNode } from 'lexical';
import { describe, expect, it } from 'vitest';

import { type MarkRange, markRangesOf, rangesByBlock } from '../../../../renderer/claims/mark-ranges.js';
import { CommentsDividerNode } from '../../../../renderer/reader/nodes/CommentsDividerNode.js';
import { CommentsRegionNode } from '../../../../renderer/reader/nodes/CommentsRegionNode.js';
import { $buildReaderContent, $updateReaderMarks } from '../../../../renderer/reader/plugins/DocumentContentPlugin/build-reader-content.js';
import type { ReaderNodeMap } from '../../../../renderer/reader/reader-node-map.js';
import { layoutText } from '../../../../renderer/reader/text-layout.js';

const TEXT = [
  'Militants refuse to withdraw',
  '"We will not hand over our heavy weapons," NLF spokesman Naji Mustafa told AFP.',
  'Reuters reported that the deadline passed.\nAnalysts expect the deal to hold.',
].join('\n\n');

function editor(): LexicalEditor {
  return createEditor({
    namespace: 'test-claim-marks',
    nodes: [MarkNode, CommentsRegionNode, CommentsDividerNode],
    onError: (error) => {
      throw error;
    },
  });
}

function span(id: string, words: string, from = 0): MarkRange {
  const start = TEXT.indexOf(words, from);
  if (start === -1) throw new Error(`"${words}" is not in the text`);
  return { id, start, end: start + words.length };
}

function build(target: LexicalEditor, ranges: MarkRange[]): ReaderNodeMap {
  const layout = layoutText(TEXT, null);
  let map: ReaderNodeMap | null = null;
  target.update(() => (map = $buildReaderContent(TEXT, layout, rangesByBlock(layout, ranges))), { discrete: true });
  return map!;
}

/** Every claim's words, read back from the marks that carry its ID. */
function wordsOfClaims(target: LexicalEditor): Map<string, string> {
  const words = new Map<string, string>();
  target.getEditorState().read(() => {
    const visit = (node: LexicalNode) => {
      if ($isMarkNode(node)) {
        for (const id of node.getIDs()) words.set(id, (words.get(id) ?? '') + node.getTextContent());
      }
      if ('getChildren' in node && typeof node.getChildren === 'function') (node.getChildren() as LexicalNode[]).forEach(visit);
    };
    visit($getRoot());
  });
  return words;
}

describe('claims in the reader', () => {
  it('marks each claim with its ID and keeps the text exactly as stored', () => {
    const target = editor();
    const quote = span('quote', 'We will not hand over our heavy weapons');
    build(target, [quote]);
    expect(wordsOfClaims(target).get('quote')).toBe('We will not hand over our heavy weapons');
    target.getEditorState().read(() => {
      expect($getRoot().getTextContent()).toBe(TEXT);
    });
  });

  it('renders overlapping and nested claims, each with all of its own words', () => {
    const target = editor();
    const outer = span('outer', '"We will not hand over our heavy weapons," NLF spokesman Naji Mustafa told AFP.');
    const inner = span('inner', 'heavy weapons');
    const crossing = span('crossing', 'Naji Mustafa told AFP.\n\nReuters reported');
    build(target, [outer, inner, crossing]);
    const words = wordsOfClaims(target);
    expect(words.get('outer')).toBe(TEXT.slice(outer.start, outer.end));
    expect(words.get('inner')).toBe('heavy weapons');
    // A claim across paragraphs is marked in both; the blank line between them is not text on screen.
    expect(words.get('crossing')).toBe('Naji Mustafa told AFP.Reuters reported');
  });

  it('maps every stretch of a marked line back to its offsets', () => {
    const target = editor();
    const map = build(target, [span('inner', 'heavy weapons'), span('who', 'NLF spokesman')]);
    const block = map.layout.blocks[1]!;
    const segments = map.lineSegments[1]![0]!;
    expect(segments.map((segment) => TEXT.slice(segment.start, segment.end)).join('')).toBe(TEXT.slice(block.start, block.end));
    expect(segments.filter((segment) => segment.ids.length > 0).map((segment) => TEXT.slice(segment.start, segment.end))).toEqual([
      'heavy weapons',
      'NLF spokesman',
    ]);
    target.getEditorState().read(() => {
      for (const segment of segments) expect($getNodeByKey(segment.textKey)?.getTextContent()).toBe(TEXT.slice(segment.start, segment.end));
    });
  });

  it('rebuilds only the paragraphs whose claims changed, keeping the others and every paragraph node', () => {
    const target = editor();
    const first = span('first', 'NLF spokesman');
    const map = build(target, [first]);
    const untouchedText = map.lineSegments[0]![0]![0]!.textKey;
    const layout = map.layout;
    const added = span('added', 'deadline passed');
    let next: ReaderNodeMap = map;
    target.update(
      () =>
        (next = $updateReaderMarks(
          TEXT,
          map,
          rangesByBlock(
            layout,
            markRangesOf([
              { ...first, orphaned: false },
              { ...added, orphaned: false },
            ]),
          ),
        )),
      { discrete: true },
    );
    expect(next).not.toBe(map);
    expect(next.blockKeys).toEqual(map.blockKeys);
    expect(next.lineSegments[0]![0]![0]!.textKey).toBe(untouchedText);
    expect(next.lineSegments[1]).toBe(map.lineSegments[1]);
    expect(wordsOfClaims(target).get('added')).toBe('deadline passed');

    let same: ReaderNodeMap = next;
    target.update(() => (same = $updateReaderMarks(TEXT, next, rangesByBlock(layout, [first, added]))), { discrete: true });
    expect(same).toBe(next);
  });
});
