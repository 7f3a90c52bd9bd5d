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
  return null;
}
