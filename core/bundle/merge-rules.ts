// Which version wins when a bundle and the workbench both hold a row: the later change. What
// counts as a change needs care, because a row can exist in two workbenches without anyone having
// changed it: every workbench seeds the same sources (same IDs) at its own creation time, and a
// claim keeps its creation time until someone edits it. Such a row carries no change of its own,
// so it yields to the other side's version instead of winning by the accident of a later clock.
import { foldName } from '../text/fold-name.js';

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

/**
 * Unmerged sources by Wikidata item, from the workbench's rows. An item two sources share says
 * nothing about which of them is meant, so it is left out and matches neither.
 */
export function soleItemHolders(sources: readonly { id: string; wikidataId: string | null }[]): Map<string, string> {
  const holders = new Map<string, string | null>();
  for (const { id, wikidataId } of sources) {
    if (wikidataId === null) continue;
    holders.set(wikidataId, holders.has(wikidataId) ? null : id);
  }
  return new Map([...holders].filter((entry): entry is [string, string] => entry[1] !== null));
}

/**
 * The workbench source a new source of a bundle is, if any. A Wikidata item names one thing in the
 * world, so it decides first, however the two desks spell the name ("Naji Mustafa" and "Naji
 * Moustafa"); then the name, folded, since the registry holds one source per name. `byName` is
 * keyed by folded name.
 */
export function matchingSourceId(
  incoming: { name: string; wikidataId: string | null },
  byItem: ReadonlyMap<string, string>,
  byName: ReadonlyMap<string, string>,
): string | null {
  const sameItem = incoming.wikidataId === null ? undefined : byItem.get(incoming.wikidataId);
  return sameItem ?? byName.get(foldName(incoming.name)) ?? null;
}
