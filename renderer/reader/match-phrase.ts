// The workbench reports where the first search term occurs. When the reviewer searched for a
// phrase and the text at that place goes on with the rest of it, the whole phrase is highlighted.

const WORD = /[\p{L}\p{N}]+/gu;

/** The end of the searched phrase if it starts at `start`; otherwise the end the workbench gave. */
export function widenToPhrase(text: string, start: number, end: number, query: string): number {
  const words = query.toLocaleLowerCase().match(WORD);
  if (!words || words.length < 2) return end;
  // Only a short stretch is read: a phrase longer than this is not worth lining up.
  const window = text.slice(start, start + query.length * 3 + 64);
  const found = [...window.matchAll(WORD)];
  if (found.length < words.length || found[0]!.index !== 0) return end;
  for (let i = 0; i < words.length; i++) {
    const word = found[i]![0].toLocaleLowerCase();
    // The last word may be a prefix, as in full-text search ("desalin" finds "desalination").
    if (i === words.length - 1 ? !word.startsWith(words[i]!) : word !== words[i]) return end;
  }
  const last = found[words.length - 1]!;
  return Math.max(end, start + last.index + last[0].length);
}
