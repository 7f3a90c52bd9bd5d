/**
 * Whether a key press belongs to a field the reviewer is typing in (which keeps its own undo and
 * its own letters) or to a dialog, rather than to the workbench's claim shortcuts.
 */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) {
    return !['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file'].includes(target.type);
  }
  return target.closest('[role="dialog"], dialog, [role="menu"], [role="combobox"]') !== null;
}
