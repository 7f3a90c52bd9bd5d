// One export at a time: started with an ID of its own so its progress events can be picked out of
// the host's event stream and exports.cancel can stop it. A cancelled run's late answer is ignored,
// whatever it is.
import { useCallback, useEffect, useRef, useState } from 'react';

import type { ExportFile, ExportFormat, ExportScope } from '../../core/api/exports.js';
import type { PrintedPdf } from '../../core/api/host.js';
import { call, listen } from '../api-client.js';
import { newExportId } from './export-id.js';
import type { ExportProgress } from './export-progress.js';

export interface ExportRequest {
  scope: ExportScope;
  format: ExportFormat;
  bom?: boolean;
  title?: string;
  history?: boolean;
  revisionNotes?: boolean;
}

/** A report the host prints to PDF itself (the browser host with a Chromium): the HTML report's options. */
export type PdfRequest = Omit<ExportRequest, 'format' | 'bom'>;

export type ExportRunState = { running: false } | { running: true; exportId: string; progress: ExportProgress | null };

/** What a run ended with: the file, or null when it was cancelled before it finished. */
export type ExportOutcome = ExportFile | null;

export function useExportRun() {
  const [state, setState] = useState<ExportRunState>({ running: false });
  const current = useRef<string | null>(null);

  useEffect(
    () =>
      listen('export.progress', ({ exportId, done, total }) => {
        if (exportId === null || exportId !== current.current) return;
        setState((shown) => (shown.running && shown.exportId === exportId ? { ...shown, progress: { done, total } } : shown));
      }),
    [],
  );

  // A run still going when its owner goes away is stopped rather than left to finish unseen.
  useEffect(
    () => () => {
      const exportId = current.current;
      current.current = null;
      if (exportId) void call('exports.cancel', { exportId }).catch(() => undefined);
    },
    [],
  );

  const run = useCallback(async <T>(work: (exportId: string) => Promise<T>): Promise<T | null> => {
    const exportId = newExportId();
    current.current = exportId;
    setState({ running: true, exportId, progress: null });
    try {
      const file = await work(exportId);
      return current.current === exportId ? file : null;
    } catch (error) {
      if (current.current !== exportId) return null;
      throw error;
    } finally {
      if (current.current === exportId) {
        current.current = null;
        setState({ running: false });
      }
    }
  }, []);

  const start = useCallback(
    (request: ExportRequest): Promise<ExportOutcome> => run((exportId) => call('exports.render', { ...request, exportId })),
    [run],
  );

  /** The report printed to PDF by the host; its rendering reports progress and cancels like any export. */
  const startPdf = useCallback(
    (request: PdfRequest): Promise<PrintedPdf | null> => run((exportId) => call('host.printPdf', { ...request, exportId })),
    [run],
  );

  const cancel = useCallback(() => {
    const exportId = current.current;
    if (!exportId) return;
    current.current = null;
    setState({ running: false });
    // The run may already be over on the host's side; either way its answer is no longer wanted.
    void call('exports.cancel', { exportId }).catch(() => undefined);
  }, []);

  return { state, start, startPdf, cancel };
}
