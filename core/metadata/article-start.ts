import { detectCommentsStart } from '../comments/detect-comments-start.js';
import { isProseLine, nonEmptyLines, type TextLine, wordCount } from '../comments/text-lines.js';
import { dateOfDateLine } from './date-lines.js';
import { detectLanguage } from './language.js';
import { isChromeLine, isNavigationLine } from './site-chrome.js';
import { domainOfDomainLine } from './source-url.js';
import { detectTitleLine, introducesArticle, type TitleLine } from './title.js';

// Hiding article text is worse than showing a menu, so page furniture is only recognised when
// there is a good deal of it and several lines could not be anything else.
const MIN_FURNITURE_LINES = 4;
const MIN_UNMISTAKABLE_LINES = 3;
/** How far above the headline its own header (a date line, the headline printed twice) may reach. */
const HEADER_REACH = 3;
/** Lines after the headline that must include this much prose before it counts as an article's. */
const MIN_ARTICLE_PROSE = 2;
const ARTICLE_PROSE_WINDOW = 12;
/** Glossary terms and menu entries are a few words; "Axis of Resistance" fits, a sentence does not. */
const MAX_TERM_WORDS = 8;
/** Teasers and menu lines stay below paragraph length. */
const MAX_MENU_WORDS = 16;
const SENTENCE_END = /[.!?…"”»]$/;

type FurnitureKind = 'unmistakable' | 'plausible' | 'article';

/**
 * Where the article begins in a saved web page whose navigation, glossary boxes and teasers come
 * first: the UTF-16 offset of the headline (or of the date line printed just above it), or null
 * when the article starts at the top or the lines above the headline might belong to it.
 */
export function detectArticleStart(text: string): number | null {
  const commentsStart = detectCommentsStart(text);
  const article = commentsStart === null ? text : text.slice(0, commentsStart);
  const lines = nonEmptyLines(article);
  const { language } = detectLanguage(article, undefined);
  return findArticleStart(lines, detectTitleLine(lines, language), language);
}

/**
 * The same, from lines already split and a headline already found. Every line above the start
 * must be page furniture — menu entries, site names, domains, glossary terms printed twice with
 * their definitions — with at least MIN_UNMISTAKABLE_LINES that are nothing else; a single line
 * of prose above the headline (a standfirst, a caption, a press release's dateline) means the
 * page is shown whole.
 */
export function findArticleStart(lines: TextLine[], title: TitleLine | null, language: string | null): number | null {
  if (!title || title.index === 0) return null;
  const start = headerStart(lines, title, language);
  if (start === 0) return null;
  if (!headlineLeadsArticle(lines, title, start, language)) return null;

  const kinds = classifyFurniture(lines.slice(0, start), language);
  if (kinds.includes('article')) return null;
  const unmistakable = kinds.filter((kind) => kind === 'unmistakable').length;
  if (kinds.length < MIN_FURNITURE_LINES || unmistakable < MIN_UNMISTAKABLE_LINES) return null;
  return lines[start]!.start;
}

/** Pages print the headline, the date and the headline again; the first of them opens the article. */
function headerStart(lines: TextLine[], title: TitleLine, language: string | null): number {
  let start = title.index;
  for (let i = title.index - 1; i >= 0 && title.index - i <= HEADER_REACH; i--) {
    const line = lines[i]!.text;
    if (line === title.title || dateOfDateLine(line, language) !== null) start = i;
    else break;
  }
  return start;
}

/** The headline is trusted only when a date sits beside it or the body follows it. */
function headlineLeadsArticle(lines: TextLine[], title: TitleLine, start: number, language: string | null): boolean {
  const header = lines.slice(start, title.index + HEADER_REACH + 1);
  const dated = header.some((line) => line.text !== title.title && dateOfDateLine(line.text, language) !== null);
  const next = lines[title.index + 1]?.text;
  if (!dated && (next === undefined || !introducesArticle(next))) return false;
  const prose = lines.slice(title.index + 1, title.index + 1 + ARTICLE_PROSE_WINDOW).filter((line) => isProseLine(line.text));
  return prose.length >= MIN_ARTICLE_PROSE;
}

function classifyFurniture(lines: TextLine[], language: string | null): FurnitureKind[] {
  const texts = lines.map((line) => line.text);
  const isTerm = (i: number): boolean => {
    const text = texts[i];
    return text !== undefined && wordCount(text) <= MAX_TERM_WORDS && !SENTENCE_END.test(text);
  };
  // A glossary box prints each term twice ("Kurds", "Kurds") and then its definition.
  const isPaired = (i: number): boolean => isTerm(i) && (texts[i - 1] === texts[i] || texts[i + 1] === texts[i]);
  return texts.map((text, i): FurnitureKind => {
    if (isChromeLine(text) || isNavigationLine(text) || /\s\|\s/.test(text) || domainOfDomainLine(text) !== null) {
      return 'unmistakable';
    }
    if (isPaired(i)) return 'unmistakable';
    if (i >= 2 && isPaired(i - 1) && texts[i - 1] === texts[i - 2]) return 'plausible';
    if (dateOfDateLine(text, language) !== null) return 'plausible';
    if (!isProseLine(text) && wordCount(text) <= MAX_MENU_WORDS && !SENTENCE_END.test(text)) return 'plausible';
    return 'article';
  });
}
