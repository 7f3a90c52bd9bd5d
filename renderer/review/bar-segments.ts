// A stacked bar of verdict counts: one segment per rating in scale order, then the claims without
// a verdict, each as wide as its share of the bar.
import type { Rating } from '../../core/domain.js';

export interface BarSegment {
  /** The rating ID, or 'none' for claims without a verdict. */
  verdict: string;
  label: string;
  color: string;
  count: number;
  x: number;
  width: number;
}

export const UNRATED_COLOR = '#9ca3af';

export function barSegments(byVerdict: Record<string, number>, ratings: readonly Rating[], width: number): BarSegment[] {
  const ordered = [...ratings].sort((a, b) => a.ordinal - b.ordinal);
  const parts = ordered.map((rating) => ({
    verdict: rating.id,
    label: rating.label,
    color: rating.color,
    count: byVerdict[rating.key] ?? 0,
  }));
  parts.push({ verdict: 'none', label: 'No verdict', color: UNRATED_COLOR, count: byVerdict.unrated ?? 0 });
  const total = parts.reduce((sum, part) => sum + part.count, 0);
  const segments: BarSegment[] = [];
  let x = 0;
  for (const part of parts) {
    if (part.count === 0 || total === 0) continue;
    const segmentWidth = (part.count / total) * width;
    segments.push({ ...part, x, width: segmentWidth });
    x += segmentWidth;
  }
  return segments;
}
