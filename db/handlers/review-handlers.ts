import { ApiError } from '../../core/api/result.js';
import type { Claim } from '../../core/domain.js';
import { setClaimRationale, setClaimStatus, setClaimVerdict } from '../queries/claim-review.js';
import { claimState } from '../queries/claims.js';
import { reviewDashboard } from '../queries/dashboard.js';
import { claimHistory } from '../queries/history-read.js';
import { reviewQueue } from '../queries/review-queue.js';
import type { HandlerContext, HandlerGroup } from './context.js';

type ReviewMethods =
  | 'claims.setStatus'
  | 'claims.setVerdict'
  | 'claims.setRationale'
  | 'history.forClaim'
  | 'review.queue'
  | 'review.dashboard';

export function reviewHandlers({ db, emit }: HandlerContext): HandlerGroup<ReviewMethods> {
  const changed = (claim: Claim): Claim => {
    emit({ type: 'claims.changed', documentId: claim.documentId, ids: [claim.id] });
    return claim;
  };
  return {
    'claims.setStatus': ({ id, status }) => changed(setClaimStatus(db, id, status)),
    'claims.setVerdict': ({ id, ratingId }) => changed(setClaimVerdict(db, id, ratingId)),
    'claims.setRationale': ({ id, rationaleJson, rationaleText }) => changed(setClaimRationale(db, id, rationaleJson, rationaleText)),
    'history.forClaim': ({ claimId }) => {
      const events = claimHistory(db, claimId);
      if (events.length === 0 && !claimState(db, claimId)) {
        throw new ApiError('not_found', `There is no claim with the ID ${claimId}.`);
      }
      return events;
    },
    'review.queue': (args) => reviewQueue(db, args),
    'review.dashboard': ({ top }) => reviewDashboard(db, top),
  };
}
