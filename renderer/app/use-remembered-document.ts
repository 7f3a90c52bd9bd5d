// The document open in the reader, remembered per workbench (see remembered-place.ts): reopened when
// the workbench is opened again, after a reload or a restart, if it is still in the workbench.
import { useEffect, useRef } from 'react';

import { call, listen } from '../api-client.js';
import { localPlaceStorage, readPlace, rememberPlace } from './remembered-place.js';
import type { WorkbenchPlace } from './use-workbench-data.js';

export function useRememberedDocument(
  place: WorkbenchPlace | null,
  documentId: string | null,
  openDocument: (documentId: string) => void,
): void {
  // The visit whose document has been put back (or found gone). Until then nothing is written, so
  // the empty reader of a fresh start does not overwrite the document about to be reopened.
  const settled = useRef<WorkbenchPlace | null>(null);
  const latest = useRef({ documentId, openDocument });
  latest.current = { documentId, openDocument };

  // Another workbench is being opened: the reader the shell empties now is the one being left, whose
  // document stays remembered for the next visit.
  useEffect(
    () =>
      listen('workbench.opened', () => {
        settled.current = null;
      }),
    [],
  );

  useEffect(() => {
    if (place === null) return;
    const remembered = readPlace(localPlaceStorage(), place.key).documentId ?? null;
    if (remembered === null || latest.current.documentId !== null) {
      settled.current = place;
      return;
    }
    let current = true;
    // Deleted, or never in this file (a copy of the workbench): the reader stays empty.
    const reopen = (exists: boolean) => {
      if (!current) return;
      settled.current = place;
      // A document the reviewer opened meanwhile wins over the remembered one.
      if (exists && latest.current.documentId === null) latest.current.openDocument(remembered);
    };
    call('documents.get', { id: remembered }).then(
      () => reopen(true),
      () => reopen(false),
    );
    return () => {
      current = false;
    };
  }, [place]);

  useEffect(() => {
    if (place !== null && settled.current === place) rememberPlace(localPlaceStorage(), place.key, { documentId });
  }, [place, documentId]);
}
