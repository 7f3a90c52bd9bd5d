// Runs `onChange` whenever the host reports a change to the given claim, from this window or another.
import { useEffect, useRef } from 'react';
import { subscribe } from '../api-client.js';

export function useClaimChanges(claimId: string, onChange: () => void): void {
  const latest = useRef(onChange);
  latest.current = onChange;
  useEffect(
    () =>
      subscribe((event) => {
        if (event.type === 'claims.changed' && (event.ids.length === 0 || event.ids.includes(claimId))) latest.current();
      }),
    [claimId],
  );
}
