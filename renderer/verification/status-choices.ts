// Which workflow moves the status control offers, and why a move is unavailable. The server applies
// the same rules (core/review); asking them here lets the control explain a refusal before it happens.
import { CLAIM_STATUSES, type ClaimStatus } from '../../core/domain.js';
import { lacksRequiredRationale, RATIONALE_REQUIRED_MESSAGE, type VerdictState } from '../../core/review/rationale.js';
import { canMoveStatus } from '../../core/review/transitions.js';
import { STATUS_LABELS } from '../../core/vocabulary/status-labels.js';

export interface StatusChoice {
  status: ClaimStatus;
  label: string;
  current: boolean;
  /** Null when the claim may move there now; otherwise the reason it may not, in the reviewer's words. */
  blockedBy: string | null;
}

export function statusChoices(state: VerdictState): StatusChoice[] {
  return CLAIM_STATUSES.map((status) => ({
    status,
    label: STATUS_LABELS[status],
    current: status === state.status,
    blockedBy: status === state.status ? null : moveBlockedBy(state, status),
  }));
}

/** Why the claim cannot move to `to` now, or null when it can. */
export function moveBlockedBy(state: VerdictState, to: ClaimStatus): string | null {
  if (to === state.status) return null;
  if (!canMoveStatus(state.status, to)) {
    // Every step between here and there, so a claim that is two steps away hears of both.
    const between = CLAIM_STATUSES.slice(CLAIM_STATUSES.indexOf(state.status) + 1, CLAIM_STATUSES.indexOf(to));
    const steps = between.map((status) => STATUS_LABELS[status].toLowerCase()).join(' and then ');
    return `Move the claim to ${steps} first: the workflow goes one step at a time.`;
  }
  if (lacksRequiredRationale({ ...state, status: to })) return `${RATIONALE_REQUIRED_MESSAGE}.`;
  return null;
}

/**
 * The status one press of "next status" moves to: the following step, and from done back to in
 * progress, because reopening a finished claim means working on it again.
 */
export function forwardStatus(from: ClaimStatus): ClaimStatus {
  if (from === 'done') return 'in_progress';
  return CLAIM_STATUSES[CLAIM_STATUSES.indexOf(from) + 1] ?? from;
}
