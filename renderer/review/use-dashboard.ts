// The dashboard's figures, asked again (once per burst) whenever anything they count changes.
import { useEffect, useMemo, useState } from 'react';
import type { ReviewDashboard } from '../../core/api/review.js';
import { call, subscribe } from '../api-client.js';
import { coalesce } from '../app/coalesce.js';

const WATCHED = new Set(['claims.changed', 'documents.changed', 'ratings.changed', 'sources.changed', 'settings.changed', 'workbench.opened']);

export function useDashboard(): { dashboard: ReviewDashboard | undefined; error: string | null } {
  const [dashboard, setDashboard] = useState<ReviewDashboard | undefined>(undefined);
  const [error, setError] = useState<string | null>(null);
  const reload = useMemo(
    () =>
      coalesce(async () => {
        try {
          setDashboard(await call('review.dashboard', { top: 12 }));
          setError(null);
        } catch (failure) {
          setError(failure instanceof Error ? failure.message : String(failure));
        }
      }),
    [],
  );
  useEffect(() => {
    void reload();
    return subscribe((event) => {
      if (WATCHED.has(event.type)) void reload();
    });
  }, [reload]);
  return { dashboard, error };
}
