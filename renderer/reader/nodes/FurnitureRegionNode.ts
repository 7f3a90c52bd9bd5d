// Holds the page furniture a saved page carries above the article (navigation, menus, glossary
// boxes), so it can be folded away as one region while its paragraphs stay ordinary paragraphs:
// claims made there before still render and open.
import { $applyNodeReplacement, ElementNode, type EditorConfig, type LexicalNode } from 'lexical';

export class FurnitureRegionNode extends ElementNode {
  override $config() {
    return this.config('claimtrace-furniture-region', { extends: ElementNode });
  }

  override createDOM(config: EditorConfig): HTMLElement {
    const element = document.createElement('section');
    element.className = config.theme.furnitureRegion ?? '';
    element.id = FURNITURE_REGION_ID;
    element.setAttribute('aria-label', 'Page text before the article');
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

/** The region's element ID, which the divider's disclosure button says it controls. */
export const FURNITURE_REGION_ID = 'reader-furniture-region';

export function $createFurnitureRegionNode(): FurnitureRegionNode {
  return $applyNodeReplacement(new FurnitureRegionNode());
}

export function $isFurnitureRegionNode(node: LexicalNode | null | undefined): node is FurnitureRegionNode {
  return node instanceof FurnitureRegionNode;
}
