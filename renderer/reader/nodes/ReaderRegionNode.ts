// A labelled section of the reader holding ordinary paragraphs (the page text before the article,
// the reader comments), so it can be styled and folded as one region while claims can still be
// marked inside it. Subclasses say which region.
//
// Lexical requires each node's `$config()` to name its exact superclass, and an `extends` must be a
// class that can be constructed, so this base is an ordinary class (as ElementNode is) whose
// region-specific methods throw until a subclass overrides them. It is never registered itself.
import { type EditorConfig, ElementNode } from 'lexical';

export class ReaderRegionNode extends ElementNode {
  // A base with no node type of its own is keyed by a symbol. Declaring it puts this class in the
  // config chain, so each region names it in `extends` and no class of the chain is skipped.
  override $config() {
    return this.config(Symbol.for('ReaderRegionNode'), { extends: ElementNode });
  }

  /** The reader theme's class name for this region. */
  protected themeClass(_theme: EditorConfig['theme']): string | undefined {
    throw new Error(`${this.constructor.name} must say which theme class styles its region.`);
  }

  /** What assistive technology calls the region. */
  protected label(): string {
    throw new Error(`${this.constructor.name} must say what its region is called.`);
  }

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
