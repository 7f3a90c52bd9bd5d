// Puts a stored rationale into the editor: the saved editor state when it can be read, otherwise its
// plain text as paragraphs, so a rationale written by the command line or an older bundle still shows.
import { $createParagraphNode, $createTextNode, $getRoot, type LexicalEditor } from 'lexical';

export function loadRationale(editor: LexicalEditor, json: string | null, text: string): void {
  if (json) {
    try {
      editor.setEditorState(editor.parseEditorState(json), { tag: 'history-merge' });
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
