// A labelled line in the reader standing for a region (the page text before the article, the
// reader comments). It is a decorator so its controls are ordinary React buttons; it carries no
// text, so the offsets of the document text are untouched by it. Subclasses say which line.
import { DecoratorNode, type EditorConfig } from 'lexical';
import type { ReactNode } from 'react';

export abstract class ReaderDividerNode extends DecoratorNode<ReactNode> {
  /** The reader theme's class name for this line. */
  protected abstract themeClass(theme: EditorConfig['theme']): string | undefined;

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
