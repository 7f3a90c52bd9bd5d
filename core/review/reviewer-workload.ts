import type { ReviewerWorkload } from '../api/review.js';
import type { ClaimStatus } from '../domain.js';
import { foldReviewerName } from './assignee.js';
import { emptyStatusCounts } from './verdict-counts.js';

/** How many live claims one assignee spelling has in one status. */
export interface AssigneeStatusCount {
  assignee: string | null;
  status: ClaimStatus;
  n: number;
}

/**
 * Claims per assigned reviewer and status: who has how much left, the `top` busiest first, then
 * the unassigned claims when there are any. "Dana Okafor" and "dana okafor" are one reviewer, as
 * in the queue; the first spelling met names them.
 */
export function reviewerWorkloads(counts: readonly AssigneeStatusCount[], top: number): ReviewerWorkload[] {
  const byAssignee = new Map<string | null, ReviewerWorkload>();
  for (const row of counts) {
    const key = row.assignee === null ? null : foldReviewerName(row.assignee);
    const entry = byAssignee.get(key) ?? { assignee: row.assignee, total: 0, byStatus: emptyStatusCounts() };
    entry.byStatus[row.status] += row.n;
    entry.total += row.n;
    byAssignee.set(key, entry);
  }
  const unassigned = byAssignee.get(null);
  byAssignee.delete(null);
  const busiest = [...byAssignee.values()].sort((a, b) => b.total - a.total || a.assignee!.localeCompare(b.assignee!)).slice(0, top);
  return unassigned ? [...busiest, unassigned] : busiest;
}
