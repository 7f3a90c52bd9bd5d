// Where a place in the old text is in the new one, by the diff between them: a kept character is
// where the diff kept it, and a deleted one is where its change happened. This is what tells a
// passage that merely shifted (words added before it) from one that moved elsewhere, and finds a
// reworded passage where its words were replaced.
import type { DiffSegment } from './text-diff.js';

/** A span of the new text, in UTF-16 offsets; empty when what it maps was deleted outright. */
export interface MappedSpan {
  start: number;
  end: number;
}

/** A kept or deleted segment, with where its change ends in the new text (after what replaced it). */
interface OldSideSegment {
  segment: DiffSegment;
  changeEnd: number;
}

export class OldToNewOffsets {
  /** The kept and deleted segments, which tile the old text in order; insertions take no room in it. */
  private readonly oldSide: OldSideSegment[] = [];
  private readonly newLength: number;

  constructor(segments: readonly DiffSegment[]) {
    segments.forEach((segment, index) => {
      if (segment.kind === 'insert') return;
      const next = segments[index + 1];
      const replacedBy = segment.kind === 'delete' && next?.kind === 'insert' ? next : null;
      this.oldSide.push({ segment, changeEnd: replacedBy ? replacedBy.newEnd : segment.newEnd });
    });
    this.newLength = segments.at(-1)?.newEnd ?? 0;
  }

  /**
   * The new offset of an old one. A start is carried with the character after it and an end with
   * the character before it, so a span keeps to its own words where a change touches it; a start
   * in replaced words goes before what replaced them and an end after, so the span takes them in.
   */
  offset(offset: number, edge: 'start' | 'end'): number {
    const found = this.oldSide[this.indexAt(offset, edge)];
    if (!found) return edge === 'start' ? this.newLength : 0;
    const { segment, changeEnd } = found;
    if (segment.kind === 'equal') return segment.newStart + (offset - segment.oldStart);
    return edge === 'start' ? segment.newStart : changeEnd;
  }

  /** The old span [start, end) as the diff carries it into the new text. */
  span(start: number, end: number): MappedSpan {
    const mappedStart = this.offset(start, 'start');
    return { start: mappedStart, end: Math.max(mappedStart, this.offset(end, 'end')) };
  }

  /** How much of the old span [start, end) the new text kept, from 0 to 1 (1 for an empty span). */
  keptShare(start: number, end: number): number {
    if (end <= start) return 1;
    let kept = 0;
    for (let index = Math.max(0, this.indexAt(start, 'start')); index < this.oldSide.length; index += 1) {
      const { segment } = this.oldSide[index]!;
      if (segment.oldEnd <= start) continue;
      if (segment.oldStart >= end) break;
      if (segment.kind === 'equal') kept += Math.min(end, segment.oldEnd) - Math.max(start, segment.oldStart);
    }
    return kept / (end - start);
  }

  /** For a start, the segment with oldStart <= offset < oldEnd; for an end, oldStart < offset <= oldEnd; -1 when none. */
  private indexAt(offset: number, edge: 'start' | 'end'): number {
    let low = 0;
    let high = this.oldSide.length - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const found = this.oldSide[middle]!;
      const isBefore = edge === 'start' ? found.segment.oldEnd <= offset : found.segment.oldEnd < offset;
      const isAfter = edge === 'start' ? found.segment.oldStart > offset : found.segment.oldStart >= offset;
      if (isBefore) low = middle + 1;
      else if (isAfter) high = middle - 1;
      else return middle;
    }
    return -1;
  }
}
