import { ApiError } from '../../core/api/result.js';
import type { Claim } from '../../core/domain.js';
import { setClaimRationale, setClaimStatus, setClaimVerdict } from '../queries/claim-review.js';
import { claimState } from '../queries/claims.js';
import { reviewDashboard } from '../queries/dashboard.js';
import { claimAppearances } from '../queries/appearances.js';
import { listEvidence } from '../queries/evidence.js';
import { claimHistory } from '../queries/history-read.js';
import { reviewQueue } from '../queries/review-queue.js';
import { listReviewers } from '../queries/reviewers.js';
import type { HandlerContext, HandlerGroup } from './context.js';

type ReviewMethods =
  | 'claims.setStatus'
  | 'claims.setVerdict'
  | 'claims.setRationale'
  | 'history.forClaim'
  | 'claims.records'
  | 'review.queue'
  | 'review.reviewers'
  | 'review.dashboard';

export function reviewHandlers({ db, emit }: HandlerContext): HandlerGroup<ReviewMethods> {
  const changed = (claim: Claim): Claim => {
    emit({ type: 'claims.changed', documentId: claim.documentId, ids: [claim.id] });
    return claim;
  };
  const historyOf = (claimId: string) => {
    const events = claimHistory(db, claimId);
    if (events.length === 0 && !claimState(db, claimId)) {
      throw new ApiError('not_found', `There is no claim with the ID ${claimId}.`);
    }
    return events;
  };
  return {
    'claims.setStatus': ({ id, status }) => changed(setClaimStatus(db, id, status)),
    'claims.setVerdict': ({ id, ratingId }) => changed(setClaimVerdict(db, id, ratingId)),
    'claims.setRationale': ({ id, rationaleJson, rationaleText }) => changed(setClaimRationale(db, id, rationaleJson, rationaleText)),
    'history.forClaim': ({ claimId }) => historyOf(claimId),
    // One synchronous read: no change can land between the history and the evidence.
    'claims.records': ({ claimId }) => {
      const state = claimState(db, claimId);
      const live = state !== null && !state.deleted && !state.documentDeleted;
      return {
        history: historyOf(claimId),
        evidence: live ? listEvidence(db, claimId) : null,
        appearances: live ? claimAppearances(db, claimId) : null,
      };
    },
    'review.queue': (args) => reviewQueue(db, args),
    'review.reviewers': () => listReviewers(db),
    'review.dashboard': ({ top }) => reviewDashboard(db, top),
  };
}
