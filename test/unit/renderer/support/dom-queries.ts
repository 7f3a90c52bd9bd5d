// Small readers of what a person (or a screen reader) gets from an element, for plain `expect`
// assertions without a matcher library.

/** The text of the elements an element's aria-describedby points at, as a screen reader reads it. */
export function descriptionOf(element: Element): string {
  const ids = (element.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
  return ids
    .map((id) => element.ownerDocument.getElementById(id)?.textContent?.trim() ?? '')
    .filter(Boolean)
    .join(' ');
}

/** Whether an element is marked invalid for assistive technology. */
export function isInvalid(element: Element): boolean {
  return element.getAttribute('aria-invalid') === 'true';
}

/** The value of a form control found by a query. */
export function valueOf(element: Element): string {
  if (element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement || element instanceof HTMLSelectElement)
    return element.value;
  throw new Error(`${element.tagName} has no value`);
}
