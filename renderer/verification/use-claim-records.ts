// The evidence, linked appearances and history of one claim, asked again whenever the claim
// changes anywhere, and whenever any document does (a title, a date or a deletion there changes
// how an appearance reads, and the claim's own document going to the bin takes the claim along).
import { useEffect } from 'react';

import type { ClaimAppearances } from '../../core/api/claim-results.js';
import type { Evidence, HistoryEvent } from '../../core/domain.js';
import { call, type ClientError } from '../api-client.js';
import { useLiveResource } from '../use-live-resource.js';

export interface ClaimRecords {
  /** Undefined while loading, and for a claim in the bin, which has no evidence to show. */
  evidence: Evidence[] | undefined;
  /** Undefined while loading, and for a claim in the bin. */
  appearances: ClaimAppearances | undefined;
  history: HistoryEvent[] | undefined;
  reload: () => void;
}

export function useClaimRecords(claimId: string, onError: (error: ClientError) => void): ClaimRecords {
  // One question for all of them, so a claim deleted elsewhere meanwhile never turns into a
  // failed request for its evidence or appearances.
  const records = useLiveResource(
    claimId,
    () => call('claims.records', { claimId }),
    (event) =>
      event.type === 'documents.changed' || (event.type === 'claims.changed' && (event.ids.length === 0 || event.ids.includes(claimId))),
  );
  const { error } = records;
  useEffect(() => {
    if (error) onError(error);
  }, [error, onError]);

  // What was loaded for the previous claim is never shown under the next one.
  const current = records.value;
  return {
    evidence: current?.evidence ?? undefined,
    appearances: current?.appearances ?? undefined,
    history: current?.history,
    reload: records.reload,
  };
}
