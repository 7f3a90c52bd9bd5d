// Lexical walks a node's `$config()` chain by the `extends` each config names, not by the class
// hierarchy, so a config that names a class further up silently skips the classes in between.
// These tests hold every reader node to its real superclass, in the editor the reader builds.
import { MarkNode } from '@lexical/mark';
import {
  createEditor,
  DecoratorNode,
  ElementNode,
  getRegisteredNode,
  getStaticNodeConfig,
  iterStaticNodeConfigChain,
  type Klass,
  type LexicalNode,
} from 'lexical';
import { describe, expect, it } from 'vitest';

import { CommentsDividerNode } from '../../../../../renderer/reader/nodes/CommentsDividerNode.js';
import { CommentsRegionNode } from '../../../../../renderer/reader/nodes/CommentsRegionNode.js';
import { FurnitureDividerNode } from '../../../../../renderer/reader/nodes/FurnitureDividerNode.js';
import { FurnitureRegionNode } from '../../../../../renderer/reader/nodes/FurnitureRegionNode.js';
import { ReaderDividerNode } from '../../../../../renderer/reader/nodes/ReaderDividerNode.js';
import { ReaderRegionNode } from '../../../../../renderer/reader/nodes/ReaderRegionNode.js';

const READER_NODES = [
  { klass: CommentsRegionNode, superclass: ReaderRegionNode, base: ElementNode },
  { klass: FurnitureRegionNode, superclass: ReaderRegionNode, base: ElementNode },
  { klass: CommentsDividerNode, superclass: ReaderDividerNode, base: DecoratorNode },
  { klass: FurnitureDividerNode, superclass: ReaderDividerNode, base: DecoratorNode },
] as const;

function readerEditor() {
  return createEditor({
    namespace: 'reader-node-config',
    nodes: [MarkNode, ...READER_NODES.map((node) => node.klass)],
    onError: (error) => {
      throw error;
    },
  });
}

/** The classes Lexical's config walk visits, starting at `klass`. */
function configChain(klass: Klass<LexicalNode>): Klass<LexicalNode>[] {
  return [...iterStaticNodeConfigChain(klass)].map((config) => config.klass);
}

/** The classes of the JavaScript prototype chain, starting at `klass`, up to LexicalNode (the root class). */
function classChain(klass: Klass<LexicalNode>): Klass<LexicalNode>[] {
  const chain: Klass<LexicalNode>[] = [];
  for (let current: unknown = klass; current !== Function.prototype; current = Object.getPrototypeOf(current)) {
    chain.push(current as Klass<LexicalNode>);
  }
  return chain;
}

describe('reader node configs', () => {
  const editor = readerEditor();

  it.each(READER_NODES)('registers $klass.name under its own type and class', ({ klass }) => {
    const type = getStaticNodeConfig(klass).ownNodeType;
    expect(type).toBeTruthy();
    expect(getRegisteredNode(editor, type!)?.klass).toBe(klass);
  });

  it.each(READER_NODES)('has $klass.name name its real superclass as the one it extends', ({ klass, superclass }) => {
    expect(Object.getPrototypeOf(klass)).toBe(superclass);
    const config = getStaticNodeConfig(klass);
    expect(config.declaresOwnConfig).toBe(true);
    expect(config.ownNodeConfig?.extends).toBe(superclass);
  });

  it.each(READER_NODES)('has the base of $klass.name declare its own config naming Lexical’s class', ({ superclass, base }) => {
    const config = getStaticNodeConfig(superclass);
    expect(config.declaresOwnConfig).toBe(true);
    expect(config.ownNodeConfig?.extends).toBe(base);
  });

  it('walks every registered node’s config chain through each class of its prototype chain', () => {
    const custom = [...editor._nodes.values()]
      .map((registered) => registered.klass)
      .filter((klass) => klass.getType().startsWith('claimtrace-'));
    expect(custom).toHaveLength(READER_NODES.length);
    for (const klass of custom) expect(configChain(klass)).toEqual(classChain(klass));
  });
});
