// The labelled line between an article and its reader comments. It is a decorator so its controls
// (collapse, clear the boundary) are ordinary React buttons; it carries no text, so the offsets of
// the document text are untouched by it.
import { $applyNodeReplacement, DecoratorNode, type EditorConfig, type LexicalNode } from 'lexical';
import type { ReactNode } from 'react';
import { CommentsDivider } from '../CommentsDivider.js';

export class CommentsDividerNode extends DecoratorNode<ReactNode> {
  override $config() {
    return this.config('claimtrace-comments-divider', { extends: DecoratorNode });
  }

  override createDOM(config: EditorConfig): HTMLElement {
    const element = document.createElement('div');
    element.className = config.theme.commentsDivider ?? '';
    element.contentEditable = 'false';
    return element;
  }

  override updateDOM(): boolean {
    return false;
  }

  override decorate(): ReactNode {
    return <CommentsDivider />;
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

export function $createCommentsDividerNode(): CommentsDividerNode {
  return $applyNodeReplacement(new CommentsDividerNode());
}

export function $isCommentsDividerNode(node: LexicalNode | null | undefined): node is CommentsDividerNode {
  return node instanceof CommentsDividerNode;
}
