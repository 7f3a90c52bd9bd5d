// The quiet line above the article that stands for the page furniture before it ("Page text before
// the article · 68 lines — Show").
import { $applyNodeReplacement, type EditorConfig, type LexicalNode } from 'lexical';
import type { ReactNode } from 'react';

import { FurnitureDivider } from '../FurnitureDivider.js';
import { ReaderDividerNode } from './ReaderDividerNode.js';

export class FurnitureDividerNode extends ReaderDividerNode {
  override $config() {
    return this.config('claimtrace-furniture-divider', { extends: ReaderDividerNode });
  }

  protected override themeClass(theme: EditorConfig['theme']): string | undefined {
    return theme.furnitureDivider;
  }

  override decorate(): ReactNode {
    return <FurnitureDivider />;
  }
}

export function $createFurnitureDividerNode(): FurnitureDividerNode {
  return $applyNodeReplacement(new FurnitureDividerNode());
}

export function $isFurnitureDividerNode(node: LexicalNode | null | undefined): node is FurnitureDividerNode {
  return node instanceof FurnitureDividerNode;
}
