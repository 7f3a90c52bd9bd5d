/** Scrolls so the range sits a third of the way down: that reads as "here", with context above. */
export function scrollToThird(scroller: HTMLElement, range: Range): void {
  const rect = range.getBoundingClientRect();
  const view = scroller.getBoundingClientRect();
  const offset = rect.top - view.top - view.height / 3;
  if (Math.abs(offset) > 4) scroller.scrollTop += offset;
}

/** Scrolls only when the range is out of view (or nearly), so stepping through nearby claims keeps the page still. */
export function scrollIntoViewIfNeeded(scroller: HTMLElement, range: Range): void {
  const rect = range.getBoundingClientRect();
  const view = scroller.getBoundingClientRect();
  const margin = 48;
  if (rect.top < view.top + margin || rect.bottom > view.bottom - margin) scrollToThird(scroller, range);
}
