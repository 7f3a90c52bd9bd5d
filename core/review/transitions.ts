// The review workflow. A claim moves forward one step at a time, so every claim marked done has
// been worked on and then looked at in review; it may move back to any earlier step at any time,
// because sending a claim back or reopening it never asserts that anything was checked.
//
//   from \ to     unreviewed  in_progress  in_review  done
//   unreviewed        ·           yes          no        no
//   in_progress      yes           ·           yes       no
//   in_review        yes          yes (sent back) ·      yes
//   done             yes          yes (reopen)  yes       ·
//
// Staying where it is counts as allowed: setting the status a claim already has changes nothing.

import { CLAIM_STATUSES, type ClaimStatus } from '../domain.js';
import { STATUS_LABELS } from '../vocabulary/status-labels.js';

const STEP: Record<ClaimStatus, number> = Object.fromEntries(CLAIM_STATUSES.map((status, index) => [status, index])) as Record<
  ClaimStatus,
  number
>;

/** Whether a claim in status `from` may be moved to `to`. */
export function canMoveStatus(from: ClaimStatus, to: ClaimStatus): boolean {
  return STEP[to] <= STEP[from] + 1;
}

/** Every status a claim in `from` may move to, in workflow order, `from` itself excluded. */
export function nextStatuses(from: ClaimStatus): ClaimStatus[] {
  return CLAIM_STATUSES.filter((to) => to !== from && canMoveStatus(from, to));
}

/** Why the move is refused, in words a reviewer can act on; null when it is allowed. */
export function statusMoveError(from: ClaimStatus, to: ClaimStatus): string | null {
  if (canMoveStatus(from, to)) return null;
  const next = CLAIM_STATUSES[STEP[from] + 1]!;
  return (
    `A claim moves forward one step at a time: this claim is ${STATUS_LABELS[from].toLowerCase()}, ` +
    `so it can go to ${STATUS_LABELS[next].toLowerCase()} next, not straight to ${STATUS_LABELS[to].toLowerCase()}.`
  );
}
