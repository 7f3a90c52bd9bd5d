// The numbers behind the trace charts: how far review of a source's claims has got and what the
// verdicts were, as bars in the scale's own order and colours.
import type { RatingInUse } from '../../core/api/ratings.js';
import { CLAIM_STATUSES, type ClaimStatus, type SourceTrace } from '../../core/domain.js';
import { STATUS_LABELS } from '../../core/vocabulary/status-labels.js';

export interface ChartBar {
  key: string;
  label: string;
  count: number;
  /** A CSS colour: a rating's own colour, or a custom property for statuses and "no verdict". */
  color: string;
}

export const UNRATED_KEY = 'unrated';

const STATUS_COLORS: Record<ClaimStatus, string> = {
  unreviewed: 'var(--trace-status-unreviewed)',
  in_progress: 'var(--trace-status-in-progress)',
  in_review: 'var(--trace-status-in-review)',
  done: 'var(--trace-status-done)',
};

export function statusBars(byStatus: SourceTrace['byStatus']): ChartBar[] {
  return CLAIM_STATUSES.map((status) => ({
    key: status,
    label: STATUS_LABELS[status],
    count: byStatus[status] ?? 0,
    color: STATUS_COLORS[status],
  }));
}

/**
 * One bar per rating the trace counts, in the scale's order. Archived ratings appear only when a
 * claim still has them; a key the scale no longer knows keeps its key as label rather than vanish.
 */
export function verdictBars(byVerdict: SourceTrace['byVerdict'], ratings: readonly RatingInUse[]): ChartBar[] {
  const bars: ChartBar[] = [];
  const seen = new Set<string>();
  for (const rating of [...ratings].sort((a, b) => a.ordinal - b.ordinal)) {
    const count = byVerdict[rating.key];
    if (count === undefined) continue;
    seen.add(rating.key);
    if (rating.archived && count === 0) continue;
    bars.push({ key: rating.key, label: rating.label, count, color: rating.color });
  }
  for (const [key, count] of Object.entries(byVerdict)) {
    if (seen.has(key) || key === UNRATED_KEY) continue;
    bars.push({ key, label: key, count, color: 'var(--trace-unrated)' });
  }
  bars.push({ key: UNRATED_KEY, label: 'No verdict yet', count: byVerdict[UNRATED_KEY] ?? 0, color: 'var(--trace-unrated)' });
  return bars;
}

/** "2 Unreviewed, 1 Done": what a chart shows, in words, leaving out the empty bars. */
export function describeBars(bars: readonly ChartBar[]): string {
  const shown = bars.filter((bar) => bar.count > 0).map((bar) => `${bar.count} ${bar.label}`);
  return shown.length > 0 ? shown.join(', ') : 'none';
}
