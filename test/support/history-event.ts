// A history event as the workbench stores one: a claim's field changed by a reviewer. Tests name
// only what they are about.
import type { HistoryEvent } from '../../core/domain.js';

export function historyEvent(patch: Partial<HistoryEvent> = {}): HistoryEvent {
  return {
    id: 'e1',
    at: '2024-03-05T10:15:00.000Z',
    actor: 'Dana Reviewer',
    entity: 'claim',
    entityId: 'c1',
    claimId: 'c1',
    action: 'update',
    field: null,
    oldValue: null,
    newValue: null,
    ...patch,
  };
}
