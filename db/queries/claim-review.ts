import type Database from 'better-sqlite3';

import { ApiError } from '../../core/api/result.js';
import { withoutContext } from '../../core/claims/claim-context.js';
import type { Claim, ClaimStatus } from '../../core/domain.js';
import { rationaleSnapshot } from '../../core/review/history-snapshots.js';
import { lacksRequiredRationale, RATIONALE_REQUIRED_MESSAGE, rationaleJsonError } from '../../core/review/rationale.js';
import { statusMoveError } from '../../core/review/transitions.js';
import { sanitiseRichText } from '../../core/text/rich-text.js';
import { recordHistory } from '../history.js';
import { now } from '../ids.js';
import { statement } from '../statement-cache.js';
import { writeTransaction } from '../write-transaction.js';
import { getClaim } from './claims.js';
import { assertAssignableRating } from './ratings.js';

// Status, verdict and rationale each change in their own transaction, and each checks the rule
// that a done claim with a verdict has a rationale against the state the change would leave.

/** Moves a claim along the workflow (see core/review/transitions.ts). */
export function setClaimStatus(db: Database.Database, id: string, status: ClaimStatus): Claim {
  return writeTransaction(db, () => {
    const before = getClaim(db, id);
    if (before.status === status) return withoutContext(before);
    const refusal = statusMoveError(before.status, status);
    if (refusal) throw new ApiError('conflict', refusal);
    if (lacksRequiredRationale({ ...before, status })) throw new ApiError('conflict', `${RATIONALE_REQUIRED_MESSAGE}.`);
    statement(db, 'UPDATE claims SET status = ?, updated_at = ? WHERE id = ?').run(status, now(), id);
    recordHistory(db, {
      entity: 'claim',
      entityId: id,
      claimId: id,
      action: 'update',
      field: 'status',
      oldValue: before.status,
      newValue: status,
    });
    return withoutContext(getClaim(db, id));
  });
}

/** Gives a claim a verdict from the current scale, or takes it away with null. */
export function setClaimVerdict(db: Database.Database, id: string, ratingId: string | null): Claim {
  return writeTransaction(db, () => {
    const before = getClaim(db, id);
    if (before.ratingId === ratingId) return withoutContext(before);
    if (ratingId !== null) assertAssignableRating(db, ratingId);
    if (lacksRequiredRationale({ ...before, ratingId })) throw new ApiError('conflict', `${RATIONALE_REQUIRED_MESSAGE}.`);
    statement(db, 'UPDATE claims SET rating_id = ?, updated_at = ? WHERE id = ?').run(ratingId, now(), id);
    recordHistory(db, {
      entity: 'claim',
      entityId: id,
      claimId: id,
      action: 'update',
      field: 'rating',
      oldValue: before.ratingId,
      newValue: ratingId,
    });
    return withoutContext(getClaim(db, id));
  });
}

/**
 * Saves the reasoning behind a verdict. The history keeps the plain text, which is what a person
 * reads in an audit trail, with the link targets, which the plain text leaves out; so a changed link
 * or a formatting-only edit is recorded as what it is.
 */
export function setClaimRationale(db: Database.Database, id: string, rationaleJson: string | null, rationaleText: string): Claim {
  const jsonError = rationaleJson === null ? null : rationaleJsonError(rationaleJson);
  if (jsonError) throw new ApiError('invalid_arguments', jsonError);
  // Stored as the editor's own formats only: no inline CSS, foreign nodes or script links.
  if (rationaleJson !== null) rationaleJson = sanitiseRichText(rationaleJson);
  return writeTransaction(db, () => {
    const before = getClaim(db, id);
    if ((before.rationaleJson ?? null) === rationaleJson && before.rationaleText === rationaleText) return withoutContext(before);
    if (lacksRequiredRationale({ ...before, rationaleText })) {
      throw new ApiError(
        'conflict',
        'This claim is done with a verdict, so its rationale cannot be emptied; reopen the claim or remove the verdict first.',
      );
    }
    statement(db, 'UPDATE claims SET rationale_json = ?, rationale_text = ?, updated_at = ? WHERE id = ?').run(
      rationaleJson,
      rationaleText,
      now(),
      id,
    );
    recordHistory(db, {
      entity: 'claim',
      entityId: id,
      claimId: id,
      action: 'update',
      field: 'rationale',
      oldValue: rationaleSnapshot(before.rationaleText, before.rationaleJson),
      newValue: rationaleSnapshot(rationaleText, rationaleJson),
    });
    return withoutContext(getClaim(db, id));
  });
}
