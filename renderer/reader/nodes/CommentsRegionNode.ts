// Holds the paragraphs of the reader-comment thread, so the thread can be styled, labelled and
// collapsed as one region while its paragraphs stay ordinary paragraphs (claims can be marked in
// comments too).
import { $applyNodeReplacement, ElementNode, type EditorConfig, type LexicalNode } from 'lexical';

export class CommentsRegionNode extends ElementNode {
  override $config() {
    return this.config('claimtrace-comments-region', { extends: ElementNode });
  }

  override createDOM(config: EditorConfig): HTMLElement {
    const element = document.createElement('section');
    element.className = config.theme.commentsRegion ?? '';
    element.setAttribute('aria-label', 'Reader comments');
    return element;
  }

  override updateDOM(): boolean {
    return false;
  }

  // Like the root, a boundary that block-level edits never cross.
  override isShadowRoot(): boolean {
    return true;
  }

  override canBeEmpty(): boolean {
    return false;
  }
}

export function $createCommentsRegionNode(): CommentsRegionNode {
  return $applyNodeReplacement(new CommentsRegionNode());
}

export function $isCommentsRegionNode(node: LexicalNode | null | undefined): node is CommentsRegionNode {
  return node instanceof CommentsRegionNode;
}
