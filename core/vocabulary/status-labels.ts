// The words for each step of the review workflow, wherever a claim's status is shown: the reader,
// the review queue, the dashboard, the trace, the history and every exported report.
import type { ClaimStatus } from '../domain.js';

export const STATUS_LABELS: Record<ClaimStatus, string> = {
  unreviewed: 'Unreviewed',
  in_progress: 'In progress',
  in_review: 'In review',
  done: 'Done',
};
