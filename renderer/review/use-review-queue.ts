// The claims the queue lists for the current filters, asked again (once per burst) whenever claims,
// documents, sources or the scale change anywhere. The list under the previous filters stays on
// screen until the answer for the new ones arrives.
import type { ReviewQueueItem } from '../../core/api/review.js';
import { call } from '../api-client.js';
import { useLiveResource } from '../use-live-resource.js';
import { queueArgs, type QueueFilters } from './queue-filters.js';

const QUEUE_LIMIT = 1000;

export interface ReviewQueueState {
  items: ReviewQueueItem[] | undefined;
  total: number;
  error: string | null;
  reload: () => void;
}

export function useReviewQueue(filters: QueueFilters): ReviewQueueState {
  const args = queueArgs(filters, QUEUE_LIMIT);
  const queue = useLiveResource(
    JSON.stringify(args),
    () => call('review.queue', args),
    ['claims.changed', 'documents.changed', 'ratings.changed', 'sources.changed'],
    { keepPrevious: true },
  );
  return { items: queue.value?.items, total: queue.value?.total ?? 0, error: queue.error?.message ?? null, reload: queue.reload };
}
