// The claims the queue lists for the current filters, asked again (once per burst) whenever claims,
// documents or the scale change anywhere.
import { useEffect, useMemo, useRef, useState } from 'react';
import type { ReviewQueueItem } from '../../core/api/review.js';
import { call, subscribe } from '../api-client.js';
import { coalesce } from '../app/coalesce.js';
import { queueArgs, type QueueFilters } from './queue-filters.js';

const QUEUE_LIMIT = 1000;

export interface ReviewQueueState {
  items: ReviewQueueItem[] | undefined;
  total: number;
  error: string | null;
  reload: () => Promise<void>;
}

export function useReviewQueue(filters: QueueFilters): ReviewQueueState {
  const [result, setResult] = useState<{ items: ReviewQueueItem[]; total: number } | undefined>(undefined);
  const [error, setError] = useState<string | null>(null);
  const filtersRef = useRef(filters);
  filtersRef.current = filters;

  const reload = useMemo(
    () =>
      coalesce(async () => {
        const asked = filtersRef.current;
        try {
          const page = await call('review.queue', queueArgs(asked, QUEUE_LIMIT));
          // An answer for filters that have since changed is dropped; the newer request follows.
          if (asked === filtersRef.current) {
            setResult(page);
            setError(null);
          }
        } catch (failure) {
          setError(failure instanceof Error ? failure.message : String(failure));
        }
      }),
    [],
  );

  useEffect(() => {
    void reload();
  }, [filters, reload]);

  useEffect(
    () =>
      subscribe((event) => {
        if (['claims.changed', 'documents.changed', 'ratings.changed', 'sources.changed', 'workbench.opened'].includes(event.type)) {
          void reload();
        }
      }),
    [reload],
  );

  return { items: result?.items, total: result?.total ?? 0, error, reload };
}
