// Which claims cover which stretch of text. The reader cuts every line into pieces at claim
// boundaries, so overlapping and nested claims each keep their own stretch: a piece under several
// claims becomes one MarkNode carrying all their IDs. Pure, so it can be tested without an editor.
import type { Claim } from '../../core/domain.js';
import type { TextLayout } from '../reader/text-layout.js';
import { blockIndexAt } from '../reader/text-layout.js';

export interface MarkRange {
  id: string;
  start: number;
  end: number;
}

/** A stretch of one line: [start, end) in the stored text, under the claims listed (none: plain text). */
export interface MarkPiece {
  start: number;
  end: number;
  /** Innermost (shortest) claim first, so the piece takes the colour of the claim nested deepest. */
  ids: string[];
}

/** The claims that have a place in the text, in text order; orphans have none. */
export function markRangesOf(claims: readonly Pick<Claim, 'id' | 'start' | 'end' | 'orphaned'>[]): MarkRange[] {
  const ranges: MarkRange[] = [];
  for (const claim of claims) {
    if (claim.orphaned || claim.start === null || claim.end === null || claim.end <= claim.start) continue;
    ranges.push({ id: claim.id, start: claim.start, end: claim.end });
  }
  return ranges.sort((a, b) => a.start - b.start || b.end - a.end || a.id.localeCompare(b.id));
}

/** Cuts [from, to) at every edge of the ranges that touch it. */
export function cutIntoPieces(from: number, to: number, ranges: readonly MarkRange[]): MarkPiece[] {
  if (to <= from) return [];
  const touching = ranges.filter((range) => range.start < to && range.end > from);
  if (touching.length === 0) return [{ start: from, end: to, ids: [] }];
  const edges = new Set<number>([from, to]);
  for (const range of touching) {
    edges.add(Math.max(from, range.start));
    edges.add(Math.min(to, range.end));
  }
  const sorted = [...edges].sort((a, b) => a - b);
  const pieces: MarkPiece[] = [];
  for (let i = 0; i + 1 < sorted.length; i++) {
    const start = sorted[i]!;
    const end = sorted[i + 1]!;
    const ids = touching
      .filter((range) => range.start <= start && range.end >= end)
      .sort((a, b) => a.end - a.start - (b.end - b.start) || a.id.localeCompare(b.id))
      .map((range) => range.id);
    pieces.push({ start, end, ids });
  }
  return pieces;
}

/** The ranges that reach into each block of the layout, by block index. */
export function rangesByBlock(layout: TextLayout, ranges: readonly MarkRange[]): MarkRange[][] {
  const byBlock: MarkRange[][] = layout.blocks.map(() => []);
  for (const range of ranges) {
    const first = blockIndexAt(layout, range.start);
    if (first === -1) continue;
    for (let index = first; index < layout.blocks.length; index++) {
      const block = layout.blocks[index]!;
      if (block.start >= range.end) break;
      if (block.end > range.start) byBlock[index]!.push(range);
    }
  }
  return byBlock;
}

/**
 * What a block's marks look like, as text: two equal signatures mean the block would be built the
 * same, so a change to one claim rebuilds only the paragraphs it touches.
 */
export function blockSignature(ranges: readonly MarkRange[], blockStart: number, blockEnd: number): string {
  return ranges
    .map((range) => `${range.id}:${Math.max(range.start, blockStart)}-${Math.min(range.end, blockEnd)}`)
    .sort()
    .join(',');
}
