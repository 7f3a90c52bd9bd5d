// Choosing several items of a list the way desktop file lists do: Ctrl/Cmd+click toggles one,
// Shift+click or Shift+arrow selects the run from the anchor, Ctrl/Cmd+A selects everything.
// Until one of those is used the selection simply follows the open item.

export interface ListSelection {
  /** The items chosen, or null while the selection is just the open item. */
  keys: ReadonlySet<string> | null;
  /** Where a Shift range starts: the last item clicked or toggled. */
  anchor: string | null;
  /** The item the keyboard is on, which may differ from everything selected. */
  focus: string | null;
}

export const FOLLOWS_OPEN: ListSelection = { keys: null, anchor: null, focus: null };

/** The items selected, given the item open in the reader. */
export function selectedKeys(selection: ListSelection, openKey: string | null): ReadonlySet<string> {
  return selection.keys ?? new Set(openKey === null ? [] : [openKey]);
}

/** The item the keyboard is on: the one last moved to, else the open one. */
export function focusKey(selection: ListSelection, order: readonly string[], openKey: string | null): string | null {
  if (selection.focus !== null && order.includes(selection.focus)) return selection.focus;
  return openKey;
}

/** Ctrl/Cmd+click, or Space on the focused item: in or out of the selection, the rest untouched. */
export function toggled(selection: ListSelection, openKey: string | null, key: string): ListSelection {
  const keys = new Set(selectedKeys(selection, openKey));
  if (keys.has(key)) keys.delete(key);
  else keys.add(key);
  return { keys, anchor: key, focus: key };
}

/**
 * Shift+click or Shift+arrow: every item from the anchor to `key`, replacing the selection, or
 * added to it when Ctrl/Cmd is held too. The anchor stays, so the range can grow and shrink.
 */
export function extendedTo(
  selection: ListSelection,
  order: readonly string[],
  openKey: string | null,
  key: string,
  additive = false,
): ListSelection {
  const to = order.indexOf(key);
  if (to < 0) return selection;
  const wanted = selection.anchor ?? focusKey(selection, order, openKey) ?? key;
  const from = order.indexOf(wanted) < 0 ? to : order.indexOf(wanted);
  const anchor = order[from]!;
  const range = order.slice(Math.min(from, to), Math.max(from, to) + 1);
  const keys = new Set(additive ? [...selectedKeys(selection, openKey), ...range] : range);
  return { keys, anchor, focus: key };
}

/** Ctrl/Cmd+A: every item listed. */
export function allSelected(selection: ListSelection, order: readonly string[], openKey: string | null): ListSelection {
  return { keys: new Set(order), anchor: selection.anchor ?? openKey ?? order[0] ?? null, focus: selection.focus ?? openKey };
}

/** Ctrl/Cmd+arrow: the keyboard moves on without changing what is selected. */
export function focusedOn(selection: ListSelection, openKey: string | null, key: string): ListSelection {
  return { keys: selectedKeys(selection, openKey), anchor: selection.anchor ?? openKey ?? key, focus: key };
}

/** The selected items still listed, in list order (a filter may have hidden some). */
export function selectedInOrder(selection: ListSelection, order: readonly string[], openKey: string | null): string[] {
  const keys = selectedKeys(selection, openKey);
  return order.filter((key) => keys.has(key));
}
