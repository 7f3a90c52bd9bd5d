// The evidence and history of one claim, asked again whenever the claim changes anywhere.
import { useCallback, useEffect, useState } from 'react';
import type { Evidence, HistoryEvent } from '../../core/domain.js';
import { call } from '../api-client.js';
import { useClaimChanges } from './use-claim-changes.js';

export interface ClaimRecords {
  /** Undefined while loading, and for a claim in the bin, which has no evidence to show. */
  evidence: Evidence[] | undefined;
  history: HistoryEvent[] | undefined;
  reload: () => void;
}

export function useClaimRecords(claimId: string, onError: (error: unknown) => void): ClaimRecords {
  const [records, setRecords] = useState<{ claimId: string; history: HistoryEvent[]; evidence: Evidence[] | null }>();

  // One question for both, so a claim deleted elsewhere meanwhile never turns into a failed request.
  const reload = useCallback(() => {
    call('claims.records', { claimId })
      .then((answer) => setRecords({ claimId, ...answer }))
      .catch(onError);
  }, [claimId, onError]);

  useEffect(reload, [reload]);
  useClaimChanges(claimId, reload);

  // What was loaded for the previous claim is never shown under the next one.
  const current = records?.claimId === claimId ? records : undefined;
  return { evidence: current?.evidence ?? undefined, history: current?.history, reload };
}
