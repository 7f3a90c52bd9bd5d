// A reviewer who pastes a passage copied from an article rarely brings the exact line breaks and
// spacing of the stored text; the passage is found by its words, then their case, before giving up.

export interface TextSpan {
  start: number;
  end: number;
}

export function findPassage(text: string, passage: string, from = 0): TextSpan | null {
  const wanted = passage.trim();
  if (wanted.length === 0) return null;
  const exact = text.indexOf(wanted, from);
  if (exact >= 0) return { start: exact, end: exact + wanted.length };
  const words = wanted.split(/\s+/u).map(escapeRegExp);
  for (const flags of ['gu', 'giu']) {
    const pattern = new RegExp(words.join('\\s+'), flags);
    pattern.lastIndex = from;
    const match = pattern.exec(text);
    if (match) return { start: match.index, end: match.index + match[0].length };
  }
  return null;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}
