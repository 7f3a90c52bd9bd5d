// The review queue's keyboard: what a key press asks for, given where the focus is. Keys typed into
// a field or the rationale editor are the reviewer's words, never commands.

export type QueueCommand =
  | { kind: 'next' }
  | { kind: 'previous' }
  | { kind: 'verdict'; key: string }
  | { kind: 'focus-rationale' }
  | { kind: 'next-status' }
  | { kind: 'open' };

export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  /** The focus is in a text field, a select or an editable area. */
  inField: boolean;
  /** The focus is on the claim list itself (Enter opens; arrows are the list's own). */
  onList: boolean;
  /** The focus is on a button, link, radio or tab, which Enter activates and arrows may move from. */
  onControl: boolean;
}

export function queueCommand(press: KeyPress): QueueCommand | null {
  if (press.ctrlKey || press.metaKey || press.altKey || press.inField) return null;
  const key = press.key.length === 1 ? press.key.toLowerCase() : press.key;
  switch (key) {
    case 'j':
      return { kind: 'next' };
    case 'k':
      return { kind: 'previous' };
    // The list moves itself with the arrows when it has the focus, and radio groups and tabs move
    // between their own options.
    case 'ArrowDown':
      return press.onList || press.onControl ? null : { kind: 'next' };
    case 'ArrowUp':
      return press.onList || press.onControl ? null : { kind: 'previous' };
    case 'r':
      return { kind: 'focus-rationale' };
    case 's':
      return { kind: 'next-status' };
    case 'Enter':
      return press.onControl ? null : { kind: 'open' };
  }
  if (/^[0-9]$/.test(key)) return { kind: 'verdict', key };
  return null;
}

/** Whether an element takes typed text, so its keys must be left alone. */
export function isTextEntry(element: Element | null): boolean {
  if (!element) return false;
  if (element instanceof HTMLElement && element.isContentEditable) return true;
  if (element instanceof HTMLTextAreaElement || element instanceof HTMLSelectElement) return true;
  if (element instanceof HTMLInputElement) {
    return !['button', 'checkbox', 'radio', 'submit', 'reset', 'file', 'range', 'color'].includes(element.type);
  }
  return false;
}
