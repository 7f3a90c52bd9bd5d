import { describe, expect, it } from 'vitest';
import type { HistoryEvent } from '../../../../core/domain.js';
import { isBinned } from '../../../../renderer/verification/binned-claim.js';

const line = (action: string, entity = 'claim', field: string | null = null): HistoryEvent => ({
  id: `${entity}-${action}-${field}`,
  at: '2024-03-05T10:00:00.000Z',
  actor: 'Dana',
  entity,
  entityId: entity === 'claim' ? 'c1' : 'e1',
  claimId: 'c1',
  action,
  field,
  oldValue: null,
  newValue: null,
});

describe('a claim in the bin', () => {
  it('is one whose latest deletion or restoration is a deletion', () => {
    expect(isBinned('c1', [line('delete'), line('update', 'claim', 'status'), line('create')])).toBe(true);
    expect(isBinned('c1', [line('restore'), line('delete'), line('create')])).toBe(false);
    expect(isBinned('c1', [line('update', 'claim', 'status'), line('create')])).toBe(false);
  });

  it('is not confused by evidence being removed', () => {
    expect(isBinned('c1', [line('delete', 'evidence'), line('create')])).toBe(false);
  });
});
