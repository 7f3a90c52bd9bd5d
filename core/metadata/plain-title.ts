import { type TextLine, wordCount } from '../comments/text-lines.js';
import { authorOfBylineLine } from './author.js';
import { dateOfDateLine } from './date-lines.js';
import { isCreditLine } from './photo-credits.js';
import { isChromeLine, isNavigationLine } from './site-chrome.js';
import { domainOfDomainLine } from './source-url.js';
import { introducesArticle, type TitleLine } from './title.js';

// Only the top of a text can hold its headline; furniture above it is a line or two, rarely more.
const LOOK_AT = 8;
// The body starts within a few lines of the headline, after an editor's note, bullets or a byline.
const BODY_WITHIN = 6;

/**
 * The headline of an article kept as plain text (a .txt file, a paste, Markdown): its first line,
 * unless that line is page furniture — a site name or slogan, a credit, a tweet, a bullet, an
 * advert, navigation, a date, a byline, an editor's note — in which case the first line that is
 * not. A site name after a bar ("Headline | Bangkok Post: news") is dropped. Null when that line
 * is no headline (a sentence of the body), or when no body follows it closely (a menu item of a
 * page copied whole): the scored search of title.ts then looks further down.
 */
export function plainTextTitleLine(lines: TextLine[], language: string | null): TitleLine | null {
  for (let index = 0; index < Math.min(lines.length, LOOK_AT); index++) {
    const text = lines[index]!.text.trim();
    if (isFurniture(text, language)) continue;
    const title = withoutSiteName(text);
    if (!looksLikeHeadline(title)) return null;
    return bodyFollows(lines, index + 1, language) ? { title, index } : null;
  }
  return null;
}

/** Whether the article starts right after a headline: past furniture, the next line opens it. */
function bodyFollows(lines: TextLine[], from: number, language: string | null): boolean {
  for (const { text } of lines.slice(from, from + BODY_WITHIN)) {
    if (introducesArticle(text) || dateOfDateLine(text, language) !== null) return true;
    if (!isFurniture(text.trim(), language)) return false;
  }
  return false;
}

function isFurniture(line: string, language: string | null): boolean {
  return (
    isChromeLine(line) ||
    isNavigationLine(line) ||
    isCreditLine(line) ||
    authorOfBylineLine(line) !== null ||
    dateOfDateLine(line, language) !== null ||
    domainOfDomainLine(line) !== null ||
    /^(https?:\/\/|www\.)/i.test(line) ||
    // "— Donald J. Trump (@realDonaldTrump) October 18, 2018": the signature of an embedded tweet.
    /^[—–-]\s.*\(@\w{1,15}\)/u.test(line) ||
    // "Tom Dodge/The Columbus Dispatch via AP": a photographer and the outlet, as under a picture.
    /^\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,3}\/[^/]{2,60}$/u.test(line) ||
    // "* Says will counter globalism…", "• Live updates"
    /^[*•·▪►-]\s/u.test(line) ||
    // "(Fixes dateline)", "(Updates with minister's comments)", "Editor's note: …"
    /^\((?:fixes|updates|adds|corrects|recasts|refiles|removes|changes)\b[^)]*\)$/iu.test(line) ||
    /^editor[’']?s note\b/iu.test(line) ||
    // "This report was originally published by … at Zero Hedge": a repost's note of where it came from.
    /^(?:this (?:article|report|story|piece|post) (?:was|is) )?(?:originally|first) (?:published|appeared|posted)\b/iu.test(line) ||
    // "[Judge Orders …, by Scott Malone, Reuters, November 8, 2017]": a citation of another article.
    /^\[.*\]$/u.test(line) ||
    /^(?:advertisement|sponsored(?: content)?|ad|promoted)$/iu.test(line) ||
    /\bbest price:?\s*[$€£]\s?\d/iu.test(line) ||
    isSlogan(line)
  );
}

/** "America's Immigration Voice.": a few capitalised words closed by a full stop, a site's motto. */
function isSlogan(line: string): boolean {
  const words = line.split(/\s+/u);
  return (
    words.length <= 6 &&
    /[^.]\.$/u.test(line) &&
    words.every((word) => /^[\p{Lu}\d&]/u.test(word) || /^(?:of|the|and|for|in|on|to|a|an)$/u.test(word))
  );
}

/** "Headline | Bangkok Post: news" → "Headline"; a bar inside a longer tail is left alone. */
function withoutSiteName(line: string): string {
  const bar = line.lastIndexOf(' | ');
  if (bar <= 0) return line;
  const tail = line.slice(bar + 3);
  return wordCount(tail) <= 5 ? line.slice(0, bar).trim() : line;
}

/** A line shaped like a headline: a short run of words that does not end like a sentence. */
function looksLikeHeadline(line: string): boolean {
  const words = wordCount(line);
  if (words < 2 || words > 30 || line.length > 250) return false;
  if (!/^[\p{Lu}\p{N}“"'‘«(]/u.test(line) && !/^\p{Lo}/u.test(line)) return false;
  // A headline ends in a word, a question, an exclamation or a closing quote, never a full stop.
  return !/[.,;:]$/u.test(line) || /(?:\.\.\.|…)$/u.test(line);
}
