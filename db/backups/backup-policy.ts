/** A workbench in use gets a snapshot at least this often. */
export const SNAPSHOT_MAX_AGE_MS = 24 * 60 * 60 * 1000;

export interface SnapshotDueInput {
  /** When the newest snapshot was taken (ISO-8601), or null when there is none. */
  newestAt: string | null;
  now: Date;
  /** Whether the workbench holds anything the newest snapshot (or, with none, an empty file) lacks. */
  changedSinceNewest: boolean;
  maxAgeMs?: number;
}

/**
 * An automatic snapshot is due when the newest is a day old (or missing) and the workbench has
 * changed since it; an unchanged workbench would only get copies that push real ones out.
 */
export function isSnapshotDue({ newestAt, now, changedSinceNewest, maxAgeMs = SNAPSHOT_MAX_AGE_MS }: SnapshotDueInput): boolean {
  if (!changedSinceNewest) return false;
  if (newestAt === null) return true;
  const taken = Date.parse(newestAt);
  // A snapshot dated in the future (the clock was set back) cannot be trusted to be recent.
  if (Number.isNaN(taken) || taken > now.getTime()) return true;
  return now.getTime() - taken >= maxAgeMs;
}
