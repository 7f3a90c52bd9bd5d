import { describe, expect, it } from 'vitest';
import { selectedClaimIds } from '../../../../renderer/export/export-requests.js';

const A = '0b7a3c1e-8f2d-4e6a-9b1c-2d3e4f5a6b7c';
const B = '1c8b4d2f-9a3e-4f7b-8c2d-3e4f5a6b7c8d';

describe('selectedClaimIds', () => {
  it('takes the claim IDs another view sent, without repeats', () => {
    expect(selectedClaimIds({ claimIds: [A, B, A] })).toEqual([A, B]);
  });

  it('drops what cannot be a claim ID rather than sending it to the service', () => {
    expect(selectedClaimIds({ claimIds: [A, 'not-an-id', 42, null] })).toEqual([A]);
  });

  it('answers null when the event names no claims at all', () => {
    expect(selectedClaimIds(undefined)).toBeNull();
    expect(selectedClaimIds(null)).toBeNull();
    expect(selectedClaimIds({})).toBeNull();
    expect(selectedClaimIds({ claimIds: A })).toBeNull();
    expect(selectedClaimIds({ claimIds: [] })).toBeNull();
    expect(selectedClaimIds({ claimIds: ['x'] })).toBeNull();
  });
});
