// The open document, fetched whole (text included) and fetched again when the workbench says it
// changed. The list only carries summaries; the reader needs the text and every metadata field.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { DocumentDetail } from '../../core/domain.js';
import { call, type ClientError } from '../api-client.js';
import { asClientError } from '../app/use-workbench-data.js';

export type DetailState =
  | { status: 'none' }
  | { status: 'loading'; id: string }
  | { status: 'ready'; document: DocumentDetail }
  | { status: 'missing'; id: string }
  | { status: 'failed'; id: string; error: ClientError };

/** A change the host announced: which documents (all of them when the list is empty). */
export interface DocumentChange {
  ids: string[];
  serial: number;
}

export function useDocumentDetail(id: string | null, change: DocumentChange | null) {
  const [state, setState] = useState<DetailState>({ status: 'none' });
  const latest = useRef(0);

  const load = useCallback(async (documentId: string, quietly: boolean) => {
    const request = ++latest.current;
    if (!quietly) setState({ status: 'loading', id: documentId });
    try {
      const document = await call('documents.get', { id: documentId });
      if (request === latest.current) setState({ status: 'ready', document });
    } catch (error) {
      if (request !== latest.current) return;
      const clientError = asClientError(error);
      setState(
        clientError.code === 'not_found'
          ? { status: 'missing', id: documentId }
          : { status: 'failed', id: documentId, error: clientError },
      );
    }
  }, []);

  useEffect(() => {
    if (id === null) {
      latest.current++;
      setState({ status: 'none' });
    } else {
      void load(id, false);
    }
  }, [id, load]);

  const handledChange = useRef(change?.serial ?? 0);
  useEffect(() => {
    if (!change || change.serial === handledChange.current) return;
    handledChange.current = change.serial;
    if (id !== null && (change.ids.length === 0 || change.ids.includes(id))) void load(id, true);
  }, [change, id, load]);

  /** Takes a document the API just returned (from documents.update) without asking again. */
  const replace = useCallback((document: DocumentDetail) => {
    latest.current++;
    setState({ status: 'ready', document });
  }, []);

  return { state, replace };
}
