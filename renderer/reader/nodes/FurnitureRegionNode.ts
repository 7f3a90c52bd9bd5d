// Holds the page furniture a saved page carries above the article (navigation, menus, glossary
// boxes): folded away as one region, while claims made there before still render and open.
import { $applyNodeReplacement, type EditorConfig, type LexicalNode } from 'lexical';

import { ReaderRegionNode } from './ReaderRegionNode.js';

/** The region's element ID, which the divider's disclosure button says it controls. */
export const FURNITURE_REGION_ID = 'reader-furniture-region';

export class FurnitureRegionNode extends ReaderRegionNode {
  override $config() {
    return this.config('claimtrace-furniture-region', { extends: ReaderRegionNode });
  }

  protected override themeClass(theme: EditorConfig['theme']): string | undefined {
    return theme.furnitureRegion;
  }

  protected override label(): string {
    return 'Page text before the article';
  }

  override createDOM(config: EditorConfig): HTMLElement {
    const element = super.createDOM(config);
    element.id = FURNITURE_REGION_ID;
    return element;
  }
}

export function $createFurnitureRegionNode(): FurnitureRegionNode {
  return $applyNodeReplacement(new FurnitureRegionNode());
}

export function $isFurnitureRegionNode(node: LexicalNode | null | undefined): node is FurnitureRegionNode {
  return node instanceof FurnitureRegionNode;
}
