// The dashboard's figures, asked again (once per burst) whenever anything they count changes.
import type { ReviewDashboard } from '../../core/api/review.js';
import { call } from '../api-client.js';
import { useLiveResource } from '../use-live-resource.js';

export function useDashboard(): { dashboard: ReviewDashboard | undefined; error: string | null } {
  const dashboard = useLiveResource('dashboard', () => call('review.dashboard', { top: 12 }), [
    'claims.changed',
    'documents.changed',
    'ratings.changed',
    'sources.changed',
    'settings.changed',
  ]);
  return { dashboard: dashboard.value, error: dashboard.error?.message ?? null };
}
