import * as chrono from 'chrono-node';

/**
 * A calendar date written in the text. `year` is null when the text gave only a month and a day
 * ("January 31"); the caller decides whether a year can be inferred.
 */
export interface FoundDate {
  index: number;
  length: number;
  year: number | null;
  month: number;
  day: number;
}

// Written-out dates ("Monday 1 October 2018", "Sept. 17, 2018", "1 Oct 2018", "12 Mar 2019 14:05
// GMT", "January 31") are parsed with chrono-node's strict mode, which only accepts formal dates
// and says which parts were actually written. Casual phrases ("late Sunday", "last month") are
// relative to an unknown day and never give a publication date, so strict mode leaving them out
// is what we want. All-numeric dates are parsed here instead, because chrono reads "01.10.2018"
// as January 10 (US order) while dotted dates are day-first everywhere they are used.
const CHRONO_LOCALES: Record<string, chrono.Chrono> = {
  de: chrono.de.strict,
  fr: chrono.fr.strict,
  es: chrono.es.strict,
  pt: chrono.pt.strict,
  nl: chrono.nl.strict,
  it: chrono.it.strict,
  ru: chrono.ru.strict,
  uk: chrono.uk.strict,
};

// Implied parts are filled from this; they are discarded, so any fixed day keeps results stable.
const REFERENCE = new Date(Date.UTC(2000, 0, 1, 12));
const NUMERIC_START = /^\s*(on\s+)?\d{1,4}[./-]\d/i;

export function findDates(text: string, language: string | null): FoundDate[] {
  const found: FoundDate[] = [...numericDates(text)];
  const parsers = [chrono.strict];
  const localised = language ? CHRONO_LOCALES[language] : undefined;
  if (localised) parsers.unshift(localised);
  for (const parser of parsers) {
    for (const result of parser.parse(text, REFERENCE)) {
      // Relative expressions ("for several weeks", "3 days ago") get computed, "certain" parts
      // from the reference day; a written date always has a day number.
      if (NUMERIC_START.test(result.text) || !/\d/.test(result.text) || result.tags().has('result/relativeDate')) continue;
      const start = result.start;
      if (!start.isCertain('month') || !start.isCertain('day')) continue;
      const month = start.get('month');
      const day = start.get('day');
      if (month === null || day === null) continue;
      const year = start.isCertain('year') ? start.get('year') : null;
      add(found, { index: result.index, length: result.text.length, year, month, day });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

function numericDates(text: string): FoundDate[] {
  const found: FoundDate[] = [];
  for (const m of text.matchAll(/\b((?:19|20)\d{2})-(\d{1,2})-(\d{1,2})(?!\d)/g)) {
    add(found, { index: m.index, length: m[0].length, year: +m[1]!, month: +m[2]!, day: +m[3]! });
  }
  for (const m of text.matchAll(/\b((?:19|20)\d{2})\/(\d{1,2})\/(\d{1,2})(?!\d)/g)) {
    add(found, { index: m.index, length: m[0].length, year: +m[1]!, month: +m[2]!, day: +m[3]! });
  }
  for (const m of text.matchAll(/\b(\d{1,2})\.(\d{1,2})\.((?:19|20)\d{2})\b/g)) {
    add(found, { index: m.index, length: m[0].length, year: +m[3]!, month: +m[2]!, day: +m[1]! });
  }
  // Slashed dates are month-first in the US and day-first elsewhere; only an unambiguous one
  // (a part above 12) is read, an ambiguous one is left out rather than guessed.
  for (const m of text.matchAll(/\b(\d{1,2})\/(\d{1,2})\/((?:19|20)\d{2})\b/g)) {
    const a = +m[1]!;
    const b = +m[2]!;
    if (a > 12 && b <= 12) add(found, { index: m.index, length: m[0].length, year: +m[3]!, month: b, day: a });
    else if (b > 12 && a <= 12) add(found, { index: m.index, length: m[0].length, year: +m[3]!, month: a, day: b });
  }
  return found;
}

function add(found: FoundDate[], date: FoundDate): void {
  if (!isValidDate(date)) return;
  const overlaps = found.some((d) => date.index < d.index + d.length && d.index < date.index + date.length);
  if (!overlaps) found.push(date);
}

function isValidDate({ year, month, day }: FoundDate): boolean {
  if (year !== null && (year < 1900 || year > 2100)) return false;
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year ?? 2000, month);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
