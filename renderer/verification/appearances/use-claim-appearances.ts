// The linked appearances of one claim and its first appearance, asked again whenever the claim's
// records are (that is, after every change to the claim anywhere) and when other documents change,
// since a document's title, date or deletion changes what is shown here.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ClaimAppearances } from '../../../core/api/appearances.js';
import { call, subscribe } from '../../api-client.js';
import { errorText } from '../evidence/form-parts.js';
import type { ClaimRecords } from '../use-claim-records.js';
import { livenessOf, type ClaimLiveness } from './claim-liveness.js';

export interface ClaimAppearancesState {
  liveness: ClaimLiveness;
  /** Undefined until the first answer for this claim. */
  value: ClaimAppearances | undefined;
  /** Why the last load failed; cleared by the next answer. */
  error: string | null;
  reload: () => void;
}

export function useClaimAppearances(claimId: string, documentId: string, records: ClaimRecords): ClaimAppearancesState {
  const [answer, setAnswer] = useState<{ claimId: string; value: ClaimAppearances }>();
  const [error, setError] = useState<{ claimId: string; message: string } | null>(null);
  const liveness = livenessOf(records);
  const live = useRef(liveness);
  live.current = liveness;
  // Only the newest question's answer is shown: an older one may arrive after it.
  const asked = useRef(0);

  const load = useCallback(() => {
    const serial = ++asked.current;
    call('claims.appearances', { id: claimId })
      .then((value) => {
        if (serial !== asked.current) return;
        setAnswer({ claimId, value });
        setError(null);
      })
      .catch((failure: unknown) => {
        if (serial === asked.current) setError({ claimId, message: errorText(failure) });
      });
  }, [claimId]);

  // Every answer of the records is a new history list, so this runs once per records answer, and
  // only after it has said the claim is live.
  const history = records.history;
  useEffect(() => {
    if (liveness === 'live') load();
  }, [liveness, history, load]);

  const reloadRecords = records.reload;
  useEffect(
    () =>
      subscribe((event) => {
        if (event.type !== 'documents.changed') return;
        // The claim's own document may just have gone to the bin, taking the claim with it: the
        // records find out without failing, and bring the appearances along if it is still live.
        if (event.ids.length === 0 || event.ids.includes(documentId)) reloadRecords();
        else if (live.current === 'live') load();
      }),
    [documentId, load, reloadRecords],
  );

  return {
    liveness,
    value: answer?.claimId === claimId ? answer.value : undefined,
    error: error?.claimId === claimId ? error.message : null,
    reload: load,
  };
}
