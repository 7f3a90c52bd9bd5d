import { useEffect, useState } from 'react';
import { call } from '../api-client.js';

export type OutletCount = { outlet: string; count: number };

/** The outlets to filter by; fetched only while the filters are shown, and again when documents change. */
export function useOutlets(enabled: boolean, refresh: number): OutletCount[] | null {
  const [outlets, setOutlets] = useState<OutletCount[] | null>(null);
  useEffect(() => {
    if (!enabled) return;
    let current = true;
    call('documents.outlets').then(
      (answer) => current && setOutlets(answer),
      () => current && setOutlets((known) => known ?? []),
    );
    return () => {
      current = false;
    };
  }, [enabled, refresh]);
  return outlets;
}
