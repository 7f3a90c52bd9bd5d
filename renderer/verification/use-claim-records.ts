// The evidence and history of one claim, asked again whenever the claim changes anywhere.
import { useCallback, useEffect, useState } from 'react';
import type { Evidence, HistoryEvent } from '../../core/domain.js';
import { call } from '../api-client.js';
import { isBinned } from './binned-claim.js';
import { useClaimChanges } from './use-claim-changes.js';

export interface ClaimRecords {
  evidence: Evidence[] | undefined;
  history: HistoryEvent[] | undefined;
  reload: () => void;
}

export function useClaimRecords(claimId: string, onError: (error: unknown) => void): ClaimRecords {
  const [evidence, setEvidence] = useState<{ claimId: string; items: Evidence[] } | undefined>(undefined);
  const [history, setHistory] = useState<{ claimId: string; items: HistoryEvent[] } | undefined>(undefined);

  const reload = useCallback(() => {
    const load = async () => {
      const events = await call('history.forClaim', { claimId });
      setHistory({ claimId, items: events });
      if (isBinned(claimId, events)) return;
      setEvidence({ claimId, items: await call('evidence.list', { claimId }) });
    };
    load().catch(onError);
  }, [claimId, onError]);

  useEffect(reload, [reload]);
  useClaimChanges(claimId, reload);

  // What was loaded for the previous claim is never shown under the next one.
  return {
    evidence: evidence?.claimId === claimId ? evidence.items : undefined,
    history: history?.claimId === claimId ? history.items : undefined,
    reload,
  };
}
