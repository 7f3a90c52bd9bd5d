// The quiet line above the article that stands for the page furniture before it ("Page text before
// the article · 68 lines — Show"). A decorator, so its controls are ordinary React buttons; it
// carries no text, so the offsets of the document text are untouched by it.
import { $applyNodeReplacement, DecoratorNode, type EditorConfig, type LexicalNode } from 'lexical';
import type { ReactNode } from 'react';
import { FurnitureDivider } from '../FurnitureDivider.js';

export class FurnitureDividerNode extends DecoratorNode<ReactNode> {
  override $config() {
    return this.config('claimtrace-furniture-divider', { extends: DecoratorNode });
  }

  override createDOM(config: EditorConfig): HTMLElement {
    const element = document.createElement('div');
    element.className = config.theme.furnitureDivider ?? '';
    element.contentEditable = 'false';
    return element;
  }

  override updateDOM(): boolean {
    return false;
  }

  override decorate(): ReactNode {
    return <FurnitureDivider />;
  }

  override isInline(): false {
    return false;
  }

  override isKeyboardSelectable(): boolean {
    return false;
  }

  override getTextContent(): string {
    return '';
  }
}

export function $createFurnitureDividerNode(): FurnitureDividerNode {
  return $applyNodeReplacement(new FurnitureDividerNode());
}

export function $isFurnitureDividerNode(node: LexicalNode | null | undefined): node is FurnitureDividerNode {
  return node instanceof FurnitureDividerNode;
}
