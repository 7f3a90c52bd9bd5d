// Dates are written out by hand rather than with toLocaleString so a report reads the same on
// every machine and host, whatever the system locale and ICU data. Times are UTC, as stored.
import { isGuessed } from '../domain.js';
import type { ReportDocument } from './model.js';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Milliseconds since the epoch, or null for a missing or unreadable date. */
export function timestampOf(value: string | null | undefined): number | null {
  if (!value) return null;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? null : ms;
}

/** "2 March 2018"; an unreadable value is shown as it was stored. */
export function formatDate(value: string | null | undefined): string {
  const ms = timestampOf(value);
  if (ms === null) return value ?? '';
  const d = new Date(ms);
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

/** "2 March 2018, 14:05 UTC". */
export function formatDateTime(value: string | null | undefined): string {
  const ms = timestampOf(value);
  if (ms === null) return value ?? '';
  const d = new Date(ms);
  return `${formatDate(value)}, ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())} UTC`;
}

/** "2018-03-02": the calendar day, as schema.org dates want it. */
export function isoDay(value: string | null | undefined): string | null {
  const ms = timestampOf(value);
  return ms === null ? null : new Date(ms).toISOString().slice(0, 10);
}

/** A full ISO-8601 UTC timestamp ("…Z"), or null when the value cannot be read. */
export function isoTimestamp(value: string | null | undefined): string | null {
  const ms = timestampOf(value);
  return ms === null ? null : new Date(ms).toISOString();
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

const SHORT_MONTHS = MONTHS.map((m) => m.slice(0, 3));

/** "10 Oct 2018, 09:00": for dense lists where the time zone is stated once. */
export function formatShortDateTime(value: string | null | undefined): string {
  const ms = timestampOf(value);
  if (ms === null) return value ?? '';
  const d = new Date(ms);
  return `${d.getUTCDate()} ${SHORT_MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}, ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
}

/**
 * A document's publication date as a report prints it: "2 March 2018", or "2 March 2018 (date
 * guessed)" when it was only found mentioned in the text and nobody confirmed it; '' when unknown.
 */
export function documentDate(document: Pick<ReportDocument, 'publishedAt' | 'provenance'>): string {
  if (!document.publishedAt) return '';
  const date = formatDate(document.publishedAt);
  return isGuessed(document.provenance, 'publishedAt') ? `${date} (date guessed)` : date;
}

/** The publication date a published record may state: none when it is a guess. */
export function statedDate(document: Pick<ReportDocument, 'publishedAt' | 'provenance'>): string | null {
  return isGuessed(document.provenance, 'publishedAt') ? null : document.publishedAt;
}
