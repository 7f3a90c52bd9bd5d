// Puts a stored rationale into the editor: the saved editor state when it can be read, otherwise its
// plain text as paragraphs, so a rationale written by the command line or an older bundle still shows.
import { $createParagraphNode, $createTextNode, $getRoot, type LexicalEditor } from 'lexical';

import { sanitiseRichText } from '../../../core/text/rich-text.js';

export function loadRationale(editor: LexicalEditor, json: string | null, text: string): void {
  // Rationales written before rich text was checked, or merged from a bundle, load as the editor's own formats.
  const clean = json ? sanitiseRichText(json) : null;
  if (clean) {
    try {
      editor.setEditorState(editor.parseEditorState(clean), { tag: 'history-merge' });
      return;
    } catch {
      // Falls through to the plain text, which every claim carries.
    }
  }
  editor.update(
    () => {
      const root = $getRoot();
      root.clear();
      const paragraphs = text.split(/\n{2,}/u).filter((part) => part.trim().length > 0);
      for (const part of paragraphs.length > 0 ? paragraphs : ['']) {
        const paragraph = $createParagraphNode();
        if (part) paragraph.append($createTextNode(part));
        root.append(paragraph);
      }
    },
    { tag: 'history-merge' },
  );
}
