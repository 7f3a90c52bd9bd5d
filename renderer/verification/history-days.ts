// The timeline groups the history by the reviewer's own calendar day, so "today" means the day on
// their clock, not in UTC.
import type { HistoryLine } from '../../core/review/history-lines.js';

export interface HistoryDay {
  /** The reviewer's calendar day, YYYY-MM-DD. */
  day: string;
  lines: HistoryLine[];
}

/** Lines grouped by the reviewer's calendar day, keeping the order they came in (newest first). */
export function groupByDay(lines: readonly HistoryLine[]): HistoryDay[] {
  const days: HistoryDay[] = [];
  for (const line of lines) {
    const day = localDay(line.at);
    const last = days[days.length - 1];
    if (last && last.day === day) last.lines.push(line);
    else days.push({ day, lines: [line] });
  }
  return days;
}

export function localDay(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso.slice(0, 10);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
