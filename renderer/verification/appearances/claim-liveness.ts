// Whether the claim may be asked about. The appearance methods answer "not found" for a claim in the
// bin, and a failed request is an error in the page, so they are asked only once the claim's records
// (which answer for binned claims too) have said it is live.
import type { ClaimRecords } from '../use-claim-records.js';

export type ClaimLiveness = 'loading' | 'live' | 'binned';

/** Records come back with a history for every claim, and with evidence only for a live one. */
export function livenessOf(records: Pick<ClaimRecords, 'evidence' | 'history'>): ClaimLiveness {
  if (records.history === undefined) return 'loading';
  return records.evidence === undefined ? 'binned' : 'live';
}
