// A labelled section of the reader holding ordinary paragraphs (the page text before the article,
// the reader comments), so it can be styled and folded as one region while claims can still be
// marked inside it. Subclasses say which region.
import { ElementNode, type EditorConfig } from 'lexical';

export abstract class ReaderRegionNode extends ElementNode {
  /** The reader theme's class name for this region. */
  protected abstract themeClass(theme: EditorConfig['theme']): string | undefined;
  /** What assistive technology calls the region. */
  protected abstract label(): string;

  override createDOM(config: EditorConfig): HTMLElement {
    const element = document.createElement('section');
    element.className = this.themeClass(config.theme) ?? '';
    element.setAttribute('aria-label', this.label());
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
