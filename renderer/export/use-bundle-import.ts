// The bundle import from file choice to summary. A merge is all or nothing on the workbench's side,
// so there is no cancelling it halfway; closing the dialog early only hides it, and the outcome is
// then announced as a notification instead.
import { useCallback, useRef, useState } from 'react';

import type { MergeSummary } from '../../core/bundle/format.js';
import { asClientError } from '../api-client.js';
import { useNotify } from '../components/Notifications.js';
import { describeMerge } from './merge-summary.js';
import { importBundleFile } from './read-bundle-file.js';

export type BundleImportState =
  | { phase: 'merging'; fileName: string }
  | { phase: 'done'; fileName: string; summary: MergeSummary }
  | { phase: 'failed'; fileName: string; message: string };

export function useBundleImport() {
  const notify = useNotify();
  const [state, setState] = useState<BundleImportState | null>(null);
  const serial = useRef(0);
  const shown = useRef(false);

  const importFile = useCallback(
    async (file: File) => {
      const run = ++serial.current;
      shown.current = true;
      setState({ phase: 'merging', fileName: file.name });
      let next: BundleImportState;
      try {
        next = { phase: 'done', fileName: file.name, summary: await importBundleFile(file) };
      } catch (error) {
        next = { phase: 'failed', fileName: file.name, message: asClientError(error).message };
      }
      if (run !== serial.current) return;
      if (shown.current) setState(next);
      else if (next.phase === 'done') notify({ tone: 'info', title: 'Bundle imported', message: describeMerge(next.summary).headline });
      else notify({ tone: 'error', title: 'The bundle was not imported', message: next.message });
    },
    [notify],
  );

  const close = useCallback(() => {
    shown.current = false;
    setState(null);
  }, []);

  return { state, importFile, close };
}
