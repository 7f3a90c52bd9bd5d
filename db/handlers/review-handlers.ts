import type { NamespaceHandlers } from '../../core/api/index.js';
import { reviewDashboard } from '../queries/dashboard.js';
import { reviewQueue } from '../queries/review-queue.js';
import { listReviewers } from '../queries/reviewers.js';
import type { HandlerContext } from './context.js';

export function reviewHandlers({ db }: HandlerContext): NamespaceHandlers<'review'> {
  return {
    'review.queue': (args) => reviewQueue(db, args),
    'review.reviewers': () => listReviewers(db),
    'review.dashboard': ({ top }) => reviewDashboard(db, top),
  };
}
