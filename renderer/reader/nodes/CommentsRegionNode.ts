// Holds the paragraphs of the reader-comment thread (claims can be marked in comments too).
import { $applyNodeReplacement, type EditorConfig, type LexicalNode } from 'lexical';

import { ReaderRegionNode } from './ReaderRegionNode.js';

export class CommentsRegionNode extends ReaderRegionNode {
  override $config() {
    return this.config('claimtrace-comments-region', { extends: ReaderRegionNode });
  }

  protected override themeClass(theme: EditorConfig['theme']): string | undefined {
    return theme.commentsRegion;
  }

  protected override label(): string {
    return 'Reader comments';
  }
}

export function $createCommentsRegionNode(): CommentsRegionNode {
  return $applyNodeReplacement(new CommentsRegionNode());
}

export function $isCommentsRegionNode(node: LexicalNode | null | undefined): node is CommentsRegionNode {
  return node instanceof CommentsRegionNode;
}
