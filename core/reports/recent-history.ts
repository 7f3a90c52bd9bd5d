// The last few changes to a claim, oldest first, for a report: enough to see who reached the
// verdict and when, without the whole audit trail.
import type { HistoryEvent } from '../domain.js';
import { describeHistory, type HistoryLine } from '../review/history-lines.js';
import type { ReportScale } from './model.js';

export interface RecentHistory {
  /** Oldest first. */
  lines: HistoryLine[];
  /** Earlier events left out. */
  omitted: number;
}

export const DEFAULT_HISTORY_LIMIT = 5;

export function recentHistory(events: readonly HistoryEvent[], scale: ReportScale, limit = DEFAULT_HISTORY_LIMIT): RecentHistory {
  const ordered = [...events].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  const kept = ordered.slice(Math.max(0, ordered.length - limit));
  return {
    lines: kept.map((event) => describeHistory(event, scale.ratings)),
    omitted: ordered.length - kept.length,
  };
}
