// The labelled line between an article and its reader comments (collapse, clear the boundary).
import { $applyNodeReplacement, type EditorConfig, type LexicalNode } from 'lexical';
import type { ReactNode } from 'react';

import { CommentsDivider } from '../CommentsDivider.js';
import { ReaderDividerNode } from './ReaderDividerNode.js';

export class CommentsDividerNode extends ReaderDividerNode {
  override $config() {
    return this.config('claimtrace-comments-divider', { extends: ReaderDividerNode });
  }

  protected override themeClass(theme: EditorConfig['theme']): string | undefined {
    return theme.commentsDivider;
  }

  override decorate(): ReactNode {
    return <CommentsDivider />;
  }
}

export function $createCommentsDividerNode(): CommentsDividerNode {
  return $applyNodeReplacement(new CommentsDividerNode());
}

export function $isCommentsDividerNode(node: LexicalNode | null | undefined): node is CommentsDividerNode {
  return node instanceof CommentsDividerNode;
}
