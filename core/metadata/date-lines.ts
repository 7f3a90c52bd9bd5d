import { findDates, type FoundDate } from './date-expressions.js';

const DATE_LABELS =
  /\b(published|updated|last updated|posted|posted on|modified|last modified|date|on|at|am|pm|gmt|utc|[a-z]{1,4}t|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun|опубликовано|обновлено|veröffentlicht|aktualisiert|publié|mis à jour|publicado|actualizado|yayınlanma|güncelleme|tarihi)\b/giu;

/**
 * The date a line consists of, when the line is a date line ("Monday 1 October 2018",
 * "Published: 12 Mar 2019 14:05 GMT", "01.10.2018 | 10:24") rather than a sentence that
 * happens to contain a date.
 */
export function dateOfDateLine(line: string, language: string | null): FoundDate | null {
  if (line.length > 80 || !/\d/.test(line)) return null;
  for (const date of findDates(line, language)) {
    const rest = (line.slice(0, date.index) + ' ' + line.slice(date.index + date.length))
      .replace(DATE_LABELS, ' ')
      .replace(/\d{1,2}:\d{2}(:\d{2})?/g, ' ')
      .replace(/[\s|,:.\-–—·•()/]+/g, '');
    if (rest.length <= 3) return date;
  }
  return outletDateLine(line, language)?.date ?? null;
}

// "Global Research, October 01, 2020": up to five capitalised words, a comma, then a date line.
const NAME_THEN_DATE = /^(\p{Lu}[\p{L}\p{N}&'’.-]*(?: (?:\p{Lu}[\p{L}\p{N}&'’.-]*|of|the|and|&)){0,4}),\s+(.{6,45})$/u;

/** A line giving the outlet's name and its date of publication, as sites saved as text print them. */
export function outletDateLine(line: string, language: string | null): { outlet: string; date: FoundDate } | null {
  const match = NAME_THEN_DATE.exec(line.trim());
  if (!match) return null;
  const rest = match[2]!;
  const date = findDates(rest, language).find((found) => found.index === 0 && found.length >= rest.length - 1);
  return date ? { outlet: match[1]!, date } : null;
}
