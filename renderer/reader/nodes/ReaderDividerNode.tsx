// A labelled line in the reader standing for a region (the page text before the article, the
// reader comments). It is a decorator so its controls are ordinary React buttons; it carries no
// text, so the offsets of the document text are untouched by it. Subclasses say which line.
//
// Lexical requires each node's `$config()` to name its exact superclass, and an `extends` must be a
// class that can be constructed, so this base is an ordinary class (as DecoratorNode is) whose
// line-specific method throws until a subclass overrides it. It is never registered itself.
import { DecoratorNode, type EditorConfig } from 'lexical';
import type { ReactNode } from 'react';

export class ReaderDividerNode extends DecoratorNode<ReactNode> {
  // A base with no node type of its own is keyed by a symbol. Declaring it puts this class in the
  // config chain, so each divider names it in `extends` and no class of the chain is skipped.
  override $config() {
    return this.config(Symbol.for('ReaderDividerNode'), { extends: DecoratorNode });
  }

  /** The reader theme's class name for this line. */
  protected themeClass(_theme: EditorConfig['theme']): string | undefined {
    throw new Error(`${this.constructor.name} must say which theme class styles its line.`);
  }

  override createDOM(config: EditorConfig): HTMLElement {
    const element = document.createElement('div');
    element.className = this.themeClass(config.theme) ?? '';
    element.contentEditable = 'false';
    return element;
  }

  override updateDOM(): boolean {
    return false;
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
