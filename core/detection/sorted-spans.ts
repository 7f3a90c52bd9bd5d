// Binary searches over start-sorted, non-overlapping spans (sentences, blocks, mentions), so that
// detection stays linear on very long documents.

interface Span {
  start: number;
  end: number;
}

/** Index of the span containing `offset`, or -1. */
export function indexContaining(spans: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid] as Span;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** The spans that begin inside [start, end). */
export function spansStartingIn<T extends { start: number }>(spans: readonly T[], start: number, end: number): T[] {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((spans[mid] as T).start < start) lo = mid + 1;
    else hi = mid;
  }
  const result: T[] = [];
  for (let i = lo; i < spans.length && (spans[i] as T).start < end; i += 1) result.push(spans[i] as T);
  return result;
}
