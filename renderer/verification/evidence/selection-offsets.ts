// Where the reader's text selection lies inside an element that shows a document's text verbatim,
// as UTF-16 offsets into that text.
import type { TextSpan } from '../find-passage.js';

export function selectionSpanWithin(container: HTMLElement, selection: Selection | null): TextSpan | null {
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!container.contains(range.startContainer) || !container.contains(range.endContainer)) return null;
  const before = document.createRange();
  before.selectNodeContents(container);
  before.setEnd(range.startContainer, range.startOffset);
  const start = before.toString().length;
  const end = start + range.toString().length;
  return end > start ? { start, end } : null;
}
