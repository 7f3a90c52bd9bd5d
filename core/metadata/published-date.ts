import { isProseLine, type TextLine } from '../comments/text-lines.js';
import type { FieldOrigin } from '../domain.js';
import { daysInMonth, findDates, type FoundDate, isoDate } from './date-expressions.js';
import { dateOfDateLine } from './date-lines.js';

/** Lines around the headline that count as its neighbourhood. */
const NEAR_TITLE = 6;
/** Body text (in characters after the headline) searched when no date line exists. */
const BODY_SEARCH = 3000;
/**
 * Date lines are looked for among the first and last lines of the article only: that is where
 * pages print them, and parsing every short line of a long hard-wrapped text would be slow.
 */
const HEAD_LINES = 150;
const TAIL_LINES = 50;

/** A publication date and what gave it: only 'body' is a guess. */
export interface FoundPublicationDate {
  date: string;
  origin: Extract<FieldOrigin, 'declared' | 'date-line' | 'dateline' | 'body'>;
}

export interface DateContext {
  lines: TextLine[];
  titleIndex: number | null;
  language: string | null;
  url: string | null;
  publishedTime: string | undefined;
}

/**
 * The publication date, preferring the most explicit evidence: the file's own publication time;
 * a date line next to the headline; the dateline opening the body ("MOSCOW, March 3 (TASS) -");
 * a date line anywhere in the article; finally the first date mentioned in the body. A date
 * written without a year ("January 31") is used only when the year is known from the URL, a
 * copyright line or a full date near the headline, and they agree; otherwise the answer is
 * null rather than a guess.
 */
export function detectPublishedDate(context: DateContext): FoundPublicationDate | null {
  const hinted = context.publishedTime ? fromTimestamp(context.publishedTime, context.language) : null;
  if (hinted) return { date: hinted, origin: 'declared' };

  const { lines, language } = context;
  const titleIndex = context.titleIndex ?? 0;
  const year = inferredYear(context);
  const resolve = (date: FoundDate | null): string | null => (date ? withYear(date, year) : null);

  const dateLines = lines
    .map((line, index) => ({ line, index }))
    .filter(({ index }) => index < HEAD_LINES || index >= lines.length - TAIL_LINES)
    .map(({ line, index }) => ({ index, date: dateOfDateLine(line.text, language) }))
    .filter((entry): entry is { index: number; date: FoundDate } => entry.date !== null);

  const nearTitle = dateLines
    .filter((entry) => Math.abs(entry.index - titleIndex) <= NEAR_TITLE)
    .sort((a, b) => Math.abs(a.index - titleIndex) - Math.abs(b.index - titleIndex) || a.index - b.index);
  for (const entry of nearTitle) {
    const iso = resolve(entry.date);
    if (iso) return { date: iso, origin: 'date-line' };
  }

  const dateline = datelineDate(lines.slice(titleIndex + 1, titleIndex + 1 + NEAR_TITLE), language);
  const fromDateline = resolve(dateline);
  if (fromDateline) return { date: fromDateline, origin: 'dateline' };

  for (const entry of dateLines) {
    const iso = resolve(entry.date);
    if (iso) return { date: iso, origin: 'date-line' };
  }

  const body = lines
    .slice(titleIndex + 1)
    .filter((line) => isProseLine(line.text))
    .map((line) => line.text)
    .join('\n')
    .slice(0, BODY_SEARCH);
  // Any date the body mentions: the date of an event or of a letter it quotes as often as the
  // article's own, so only ever a guess.
  for (const date of findDates(body, language)) {
    const iso = resolve(date);
    if (iso) return { date: iso, origin: 'body' };
  }
  return null;
}

function fromTimestamp(value: string, language: string | null): string | null {
  const iso = /^((?:19|20)\d{2})-(\d{2})-(\d{2})/.exec(value.trim());
  if (iso) {
    const [year, month, day] = [+iso[1]!, +iso[2]!, +iso[3]!];
    if (month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)) return isoDate(year, month, day);
  }
  const written = findDates(value, language).find((date) => date.year !== null);
  return written ? isoDate(written.year!, written.month, written.day) : null;
}

function withYear(date: FoundDate, inferred: number | null): string | null {
  const year = date.year ?? inferred;
  if (year === null || date.day > daysInMonth(year, date.month)) return null;
  return isoDate(year, date.month, date.day);
}

function datelineDate(lines: TextLine[], language: string | null): FoundDate | null {
  for (const line of lines) {
    if (!isProseLine(line.text)) continue;
    // The place and date before the agency or the dash: "MOSCOW, March 3 (TASS) -".
    const opening = /^[\p{Lu}][\p{Lu}\p{L} .'’-]{1,40},\s*([^()–—]{3,30}?)\s*(?:\(|[-–—])/u.exec(line.text);
    if (opening) return findDates(opening[1]!, language)[0] ?? null;
    return null;
  }
  return null;
}

/**
 * The year a month-and-day date belongs to, when the page states it elsewhere: in the URL path
 * (/2019/02/01/), a copyright line (© 2019), or a full date near the headline. Conflicting
 * years mean no inference.
 */
function inferredYear(context: DateContext): number | null {
  const years = new Set<number>();
  const fromUrl = context.url ? /\/((?:19|20)\d{2})\/(?:\d{1,2}\/)?/.exec(new URL(context.url).pathname) : null;
  if (fromUrl) years.add(+fromUrl[1]!);
  for (const line of context.lines) {
    const copyright = /(?:©|\(c\)|copyright)[^\n]{0,40}?((?:19|20)\d{2})(?:\s*[-–]\s*((?:19|20)\d{2}))?/i.exec(line.text);
    if (copyright) years.add(+(copyright[2] ?? copyright[1]!));
  }
  const titleIndex = context.titleIndex ?? 0;
  const around = context.lines.slice(Math.max(0, titleIndex - NEAR_TITLE), titleIndex + NEAR_TITLE + 1);
  for (const line of around) {
    for (const date of findDates(line.text, context.language)) if (date.year !== null) years.add(date.year);
  }
  return years.size === 1 ? [...years][0]! : null;
}
