// The history answers for a claim in the bin, the rest of the API does not: a claim whose latest
// claim-level event is its deletion is not asked about again, so a deletion made elsewhere never
// turns into a failed request from this panel.
import type { HistoryEvent } from '../../core/domain.js';

export function isBinned(claimId: string, newestFirst: readonly HistoryEvent[]): boolean {
  const latest = newestFirst.find(
    (event) => event.entity === 'claim' && event.entityId === claimId && ['delete', 'restore', 'create'].includes(event.action),
  );
  return latest?.action === 'delete';
}
