// Whether the claim is live, loading or in the bin, as its records tell: they answer for a claim in
// the bin too, with its history but without evidence or appearances, so the section can say why it
// offers no search instead of asking about a claim the appearance methods no longer know.
import type { ClaimRecords } from '../use-claim-records.js';

export type ClaimLiveness = 'loading' | 'live' | 'binned';

/** Records come back with a history for every claim, and with evidence only for a live one. */
export function livenessOf(records: Pick<ClaimRecords, 'evidence' | 'history'>): ClaimLiveness {
  if (records.history === undefined) return 'loading';
  return records.evidence === undefined ? 'binned' : 'live';
}
