// Which version wins when a bundle and the workbench both hold a row: the later change. What
// counts as a change needs care, because a row can exist in two workbenches without anyone having
// changed it: every workbench seeds the same sources (same IDs) at its own creation time, and a
// claim keeps its creation time until someone edits it. Such a row carries no change of its own,
// so it yields to the other side's version instead of winning by the accident of a later clock.

export type Resolution = 'same' | 'local' | 'incoming';

/**
 * When the row last changed (milliseconds since the epoch), or null when it has not changed since
 * it was created.
 */
export function lastChangeOf(row: { createdAt: string; updatedAt: string }): number | null {
  const created = Date.parse(row.createdAt);
  const updated = Date.parse(row.updatedAt);
  return updated > created ? updated : null;
}

/**
 * Keeps the later change. `identical` means the two versions agree in every stored value,
 * timestamps included; then there is nothing to decide. Two changes at the same millisecond
 * keep the workbench's version, so merging never flips a row back and forth.
 */
export function chooseVersion(local: number | null, incoming: number | null, identical: boolean): Resolution {
  if (identical) return 'same';
  if (local === null) return 'incoming';
  if (incoming === null) return 'local';
  return incoming > local ? 'incoming' : 'local';
}

/** The names of the fields whose values differ, compared as JSON so arrays and objects work too. */
export function differingFields<T extends object, K extends keyof T>(a: T, b: T, fields: readonly K[]): K[] {
  return fields.filter((field) => JSON.stringify(a[field]) !== JSON.stringify(b[field]));
}
