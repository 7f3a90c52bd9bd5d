/** How many snapshots a workbench keeps: a week and a half of daily ones, or a busy day of manual ones. */
export const SNAPSHOTS_KEPT = 10;

export interface RetainedSnapshot {
  file: string;
  /** ISO-8601 in UTC. */
  at: string;
  sequence: number;
}

/** Newest first: by time, then by the same-second sequence number. */
export function newestFirst<T extends RetainedSnapshot>(snapshots: readonly T[]): T[] {
  return [...snapshots].sort((a, b) => (a.at === b.at ? b.sequence - a.sequence : a.at < b.at ? 1 : -1));
}

/**
 * The snapshots to delete so that the newest `keep` remain. `justWritten` is never among them, even
 * if a clock set back makes it look older than the rest: it is the one the user was just promised.
 */
export function snapshotsToDelete<T extends RetainedSnapshot>(
  snapshots: readonly T[],
  justWritten: string | null,
  keep = SNAPSHOTS_KEPT,
): T[] {
  const ordered = newestFirst(snapshots);
  const protectedOne = ordered.find((snapshot) => snapshot.file === justWritten);
  const others = ordered.filter((snapshot) => snapshot !== protectedOne);
  const room = Math.max(0, keep - (protectedOne ? 1 : 0));
  return others.slice(room);
}
