// The evidence, linked appearances and history of one claim, asked again whenever the claim
// changes anywhere, and whenever any document does (a title, a date or a deletion there changes
// how an appearance reads, and the claim's own document going to the bin takes the claim along).
import { useCallback, useEffect, useState } from 'react';
import type { ClaimAppearances } from '../../core/api/appearances.js';
import type { ClaimRecords as RecordsAnswer } from '../../core/api/review.js';
import type { Evidence, HistoryEvent } from '../../core/domain.js';
import { call, subscribe } from '../api-client.js';
import { useClaimChanges } from './use-claim-changes.js';

export interface ClaimRecords {
  /** Undefined while loading, and for a claim in the bin, which has no evidence to show. */
  evidence: Evidence[] | undefined;
  /** Undefined while loading, and for a claim in the bin. */
  appearances: ClaimAppearances | undefined;
  history: HistoryEvent[] | undefined;
  reload: () => void;
}

export function useClaimRecords(claimId: string, onError: (error: unknown) => void): ClaimRecords {
  const [records, setRecords] = useState<{ claimId: string } & RecordsAnswer>();

  // One question for all of them, so a claim deleted elsewhere meanwhile never turns into a
  // failed request for its evidence or appearances.
  const reload = useCallback(() => {
    call('claims.records', { claimId })
      .then((answer) => setRecords({ claimId, ...answer }))
      .catch(onError);
  }, [claimId, onError]);

  useEffect(reload, [reload]);
  useClaimChanges(claimId, reload);
  useEffect(() => subscribe((event) => event.type === 'documents.changed' && reload()), [reload]);

  // What was loaded for the previous claim is never shown under the next one.
  const current = records?.claimId === claimId ? records : undefined;
  return {
    evidence: current?.evidence ?? undefined,
    appearances: current?.appearances ?? undefined,
    history: current?.history,
    reload,
  };
}
