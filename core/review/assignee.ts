// Who a claim is assigned to. A name is the only identity a reviewer has in a workbench (the
// settings name, which also signs the history), so assignees are names, matched the way a person
// would: "Dana Okafor" and "dana okafor" are the same reviewer.

export const MAX_ASSIGNEE_LENGTH = 200;

/** What history lines carry when no reviewer name is set; it names nobody, so nobody is offered it. */
export const UNNAMED_ACTOR = 'Unnamed reviewer';

/** A typed name as stored: surrounding spaces dropped, and nothing at all meaning unassigned. */
export function cleanAssignee(value: string | null | undefined): string | null {
  const trimmed = value?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
}

/**
 * How two reviewer names are compared: Unicode-aware case folding (SQLite's NOCASE folds ASCII
 * only, and desks write names in Cyrillic too), compatibility forms and runs of spaces ignored.
 */
export function foldReviewerName(name: string): string {
  return name.normalize('NFKC').toLocaleLowerCase('und').replace(/\s+/gu, ' ').trim();
}

export function sameReviewer(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return a === b;
  return foldReviewerName(a) === foldReviewerName(b);
}

/**
 * The names a reviewer picker offers, each person once, alphabetically. Lists come in order of
 * preference: when two spellings of one name meet, the one from the earlier list is kept (the
 * settings name first, so "Assign to me" and the picker agree on how the reviewer is written).
 */
export function knownReviewerNames(...lists: readonly (readonly (string | null | undefined)[])[]): string[] {
  const byFold = new Map<string, string>();
  for (const list of lists) {
    for (const raw of list) {
      const name = cleanAssignee(raw);
      if (name === null || name === UNNAMED_ACTOR || name.length > MAX_ASSIGNEE_LENGTH) continue;
      const key = foldReviewerName(name);
      if (!byFold.has(key)) byFold.set(key, name);
    }
  }
  return [...byFold.values()].sort((a, b) => a.localeCompare(b, undefined, { sensitivity: 'base' }) || a.localeCompare(b));
}
