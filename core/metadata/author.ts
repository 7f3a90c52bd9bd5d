import type { TextLine } from '../comments/text-lines.js';

const BYLINE = /^(?:by|written by|authored by|reporting by|report by|story by|text by|автор|von|par|por)\s*:?\s+(.+)$/iu;
const AUTHOR_LABEL = /^(?:authors?|writer|byline|reporter|correspondent|автор|autor|auteur|yazar)\s*:\s*(.+)$/iu;
// Name particles that are written in lower case inside a capitalised name.
const PARTICLES = new Set([
  'al',
  'el',
  'bin',
  'ibn',
  'de',
  'da',
  'del',
  'der',
  'van',
  'von',
  'la',
  'le',
  'du',
  'and',
  'и',
  'y',
  'et',
  'und',
  've',
]);

/** How many lines at the top and at the end of the article a byline is looked for in. */
const HEAD_LINES = 40;
const TAIL_LINES = 10;

/** The author named on a byline line ("By Jane Doe", "Author: Dmitri Volkov"), else null. */
export function authorOfBylineLine(line: string): string | null {
  if (line.length > 120) return null;
  const match = BYLINE.exec(line) ?? AUTHOR_LABEL.exec(line);
  if (!match) return null;
  return cleanName(match[1]!);
}

export function detectAuthor(lines: TextLine[], byline: string | undefined): { name: string; origin: 'declared' | 'byline' } | null {
  if (byline) {
    const hinted = authorOfBylineLine(byline.trim()) ?? cleanName(byline);
    if (hinted) return { name: hinted, origin: 'declared' };
  }
  const head = lines.slice(0, HEAD_LINES);
  const tail = lines.slice(Math.max(HEAD_LINES, lines.length - TAIL_LINES));
  for (const line of [...head, ...tail]) {
    const author = authorOfBylineLine(line.text);
    if (author) return { name: author, origin: 'byline' };
  }
  return null;
}

/**
 * The name part of a byline: cut at what usually follows a name ("Jane Doe, Reuters",
 * "Jane Doe | 3 min read", "Jane Doe in Geneva") and accepted only if every word is capitalised
 * or a name particle, so "By doing so, the ministry…" is not a byline.
 */
function cleanName(raw: string): string | null {
  const name = raw
    .split(/\s+[|•·–—-]\s+|,\s+|\s+(?:in|for|at|on|from|updated|published)\s+|\s+\d/iu)[0]!
    .replace(/\s+/g, ' ')
    .replace(/[.;:]+$/, '')
    .trim();
  if (name.length < 3 || name.length > 80) return null;
  const words = name.split(' ');
  if (words.length > 8) return null;
  const nameWords = words.filter((word) => !PARTICLES.has(word.toLowerCase().replace(/-$/, '')));
  if (nameWords.length === 0) return null;
  for (const word of nameWords) {
    if (!/^[\p{Lu}][\p{L}'’.-]*$/u.test(word.replace(/^(al|el)-/i, ''))) return null;
  }
  return name;
}
