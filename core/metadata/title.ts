import { isProseLine, type TextLine, wordCount } from '../comments/text-lines.js';
import { authorOfBylineLine } from './author.js';
import { dateOfDateLine } from './date-lines.js';
import { isCreditLine } from './photo-credits.js';
import { isChromeLine, isNavigationLine } from './site-chrome.js';
import { domainOfDomainLine } from './source-url.js';

/** Headlines are looked for among this many lines from the top of the article. */
const HEADER_LINES = 150;
const NEIGHBOURHOOD = 3;
// A headline does not stop on a preposition or article; a menu teaser cut off mid-phrase does
// ("Map of Latest Battlefield Developments in Syria and Iraq on").
const DANGLING_END = /\s(on|of|the|and|to|in|a|an|for|with|at|by|from|or|as|is|are)$/i;
// A line that opens with a dateline belongs to the body: "Meridian- Armed factions…",
// "MOSCOW, March 3 (TASS) - No date…".
const DATELINE_START =
  /^(?:[\p{Lu}][\p{L}.'’&]*(?: [\p{Lu}][\p{L}.'’&]*){0,3}[-–—]\s|[\p{Lu}][\p{Lu}\p{L} .'’-]{1,40}(?:,[^()]{0,30})?\s*\([^()]{2,40}\)\s*[-–—:])/u;

export interface TitleLine {
  title: string;
  /** Index into the lines passed in. */
  index: number;
}

/**
 * The headline among the first lines of a saved page. Every headline-shaped line is scored:
 * +3 next to a date line (+1 more when no line comes between), +2 printed a second time nearby
 * (pages print the headline above and below the date), +2 followed by a byline, photo credit,
 * dateline or body paragraph, +1 written in title case, +1 the very first line. The best score
 * wins, earlier lines on ties.
 */
export function detectTitleLine(lines: TextLine[], language: string | null): TitleLine | null {
  const header = lines.slice(0, HEADER_LINES);
  const dateLines = header.map((line) => dateOfDateLine(line.text, language) !== null);
  let best: { index: number; score: number } | null = null;
  for (let i = 0; i < header.length; i++) {
    const text = header[i]!.text;
    if (dateLines[i] || !isHeadlineShaped(text)) continue;
    let score = 0;
    const near = (j: number): boolean => j !== i && Math.abs(j - i) <= NEIGHBOURHOOD;
    if (dateLines.some((isDate, j) => isDate && near(j))) score += 3;
    // A teaser listed just above the headline is near its date too, but the date touches the headline.
    if (dateLines[i - 1] || dateLines[i + 1]) score += 1;
    if (header.some((line, j) => Math.abs(j - i) >= 2 && line.text === text)) score += 2;
    const next = header[i + 1]?.text;
    if (next !== undefined && introducesArticle(next)) score += 2;
    if (isTitleCase(text)) score += 1;
    if (i === 0) score += 1;
    if (best === null || score > best.score) best = { index: i, score };
  }
  if (best === null) return null;
  return { title: header[best.index]!.text, index: best.index };
}

function isHeadlineShaped(line: string): boolean {
  const words = wordCount(line);
  if (words < 4 || words > 30 || line.length < 15 || line.length > 250) return false;
  if (/[.,:;]$/.test(line) && !/\.\.\.$|…$/.test(line)) return false;
  if (DANGLING_END.test(line)) return false;
  if (isChromeLine(line) || isNavigationLine(line) || DATELINE_START.test(line)) return false;
  if (/^(https?:\/\/|www\.)/i.test(line) || domainOfDomainLine(line)) return false;
  if (/^(url|source|link|original|permalink)\s*:/i.test(line)) return false;
  if (authorOfBylineLine(line) !== null) return false;
  if (isCreditLine(line)) return false;
  // A masthead "Site | tagline" is not a headline.
  if (/\s\|\s/.test(line)) return false;
  return /\p{L}{2}/u.test(line);
}

/** A line that opens an article body under its headline: a paragraph, a dateline, a byline or a credit. */
export function introducesArticle(line: string): boolean {
  return isProseLine(line) || DATELINE_START.test(line) || authorOfBylineLine(line) !== null || isCreditLine(line);
}

function isTitleCase(line: string): boolean {
  const words = line.split(/\s+/).filter((word) => /^\p{L}{4,}/u.test(word));
  if (words.length === 0) return false;
  const capitalised = words.filter((word) => /^\p{Lu}/u.test(word)).length;
  return capitalised / words.length >= 0.6;
}

/** A readable title from a file name: "militants-refuse_deal.pdf" → "militants refuse deal". */
export function titleFromFileName(fileName: string): string | null {
  const base = fileName.split(/[\\/]/).pop() ?? '';
  const title = base
    .replace(/\.[a-z0-9]{1,5}$/i, '')
    .replace(/[_-]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return title.length > 0 ? title : null;
}
