// Search snippets mark their matches with control characters (see core/domain.ts). Splitting on
// them gives plain text pieces that React renders as text and <mark> elements: no markup from the
// workbench is ever parsed as HTML.
import { SNIPPET_MARK_END, SNIPPET_MARK_START } from '../../core/domain.js';

export interface SnippetPiece {
  text: string;
  marked: boolean;
}

export function splitSnippet(snippet: string): SnippetPiece[] {
  const pieces: SnippetPiece[] = [];
  let marked = false;
  let text = '';
  const flush = () => {
    if (text) pieces.push({ text, marked });
    text = '';
  };
  for (const character of snippet) {
    if (character === SNIPPET_MARK_START || character === SNIPPET_MARK_END) {
      flush();
      marked = character === SNIPPET_MARK_START;
    } else {
      text += character;
    }
  }
  flush();
  // Adjacent pieces of the same kind (from an empty mark) read better as one.
  return pieces.reduce<SnippetPiece[]>((merged, piece) => {
    const last = merged.at(-1);
    if (last && last.marked === piece.marked) last.text += piece.text;
    else merged.push({ ...piece });
    return merged;
  }, []);
}

/**
 * Shortens the text before the first match so the match shows within the two or three lines a
 * result row has room for. The cut falls at a word boundary and is marked with an ellipsis.
 */
export function focusSnippet(pieces: SnippetPiece[], maxLead: number): SnippetPiece[] {
  const first = pieces[0];
  if (!first || first.marked || pieces.length < 2 || first.text.length <= maxLead) return pieces;
  const cut = first.text.length - maxLead;
  const tail = first.text.slice(cut);
  // A cut inside a word drops the rest of that word.
  const wordStart = /\s/.test(first.text[cut - 1]!) ? 0 : tail.search(/\s\S/) + 1;
  const lead = tail.slice(wordStart).trimStart();
  return [{ text: `…${lead}`, marked: false }, ...pieces.slice(1)];
}
