// Everything the shell shows about the open workbench, loaded through the API and kept fresh.
// Each part reloads on its own so an event about sources does not refetch a thousand documents.
import { useCallback, useRef, useState } from 'react';
import type { Result } from '../../core/api/index.js';
import { call, ClientError } from '../api-client.js';
import { DEFAULT_QUERY, listArguments, type DocumentQuery } from '../library/document-query.js';

export interface WorkbenchData {
  info: Result<'workbench.info'>;
  documents: Result<'documents.list'>;
  sources: Result<'sources.list'>;
  settings: Result<'settings.get'>;
}

export type DataPart = keyof WorkbenchData;

export const ALL_PARTS: readonly DataPart[] = ['info', 'documents', 'sources', 'settings'];

/** Documents arrive a page at a time as the list is scrolled; a workbench can hold tens of thousands. */
export const DOCUMENT_PAGE_SIZE = 500;
/** The most documents.list returns in one answer. */
const MAX_DOCUMENTS_PER_CALL = 50_000;

export type LoadPhase = { name: 'loading' } | { name: 'ready' } | { name: 'failed'; error: ClientError };

export interface WorkbenchDataState {
  data: Partial<WorkbenchData>;
  phase: LoadPhase;
  /** Reloads the named parts (all by default). Failures after the first load go to `onError`. */
  reload: (parts?: readonly DataPart[]) => Promise<void>;
  /** Fetches the next page of documents, if there is one and no fetch is already under way. */
  loadMoreDocuments: () => Promise<void>;
  /** Takes a value the API already returned (e.g. from settings.update) without asking again. */
  replace: <P extends DataPart>(part: P, value: WorkbenchData[P]) => void;
  /** The order and filters of the document list; changing them reloads it from the top. */
  documentQuery: DocumentQuery;
  setDocumentQuery: (query: DocumentQuery) => void;
}

export function useWorkbenchData(onError: (error: ClientError) => void): WorkbenchDataState {
  const [data, setData] = useState<Partial<WorkbenchData>>({});
  const [phase, setPhase] = useState<LoadPhase>({ name: 'loading' });
  const ready = useRef(false);
  // Answers can arrive out of order when events come in quick succession; only the newest counts.
  const latestRequest = useRef<Record<DataPart, number>>({ info: 0, documents: 0, sources: 0, settings: 0 });
  const documentsShown = useRef({ loaded: 0, total: 0, fetchingMore: false, reloading: 0 });
  const [documentQuery, setQueryState] = useState<DocumentQuery>(DEFAULT_QUERY);
  const query = useRef<DocumentQuery>(DEFAULT_QUERY);

  const store = useCallback(<P extends DataPart>(part: P, value: WorkbenchData[P]) => {
    if (part === 'documents') {
      const documents = value as WorkbenchData['documents'];
      documentsShown.current.loaded = documents.items.length;
      documentsShown.current.total = documents.total;
    }
    setData((current) => ({ ...current, [part]: value }));
  }, []);

  const replace = useCallback(
    <P extends DataPart>(part: P, value: WorkbenchData[P]) => {
      latestRequest.current[part] += 1;
      store(part, value);
    },
    [store],
  );

  const loadPart = useCallback(
    async (part: DataPart) => {
      const request = ++latestRequest.current[part];
      const shown = documentsShown.current;
      if (part === 'documents') shown.reloading += 1;
      try {
        const value = await fetchPart(part, shown.loaded, query.current);
        if (request === latestRequest.current[part]) store(part, value);
      } finally {
        if (part === 'documents') shown.reloading -= 1;
      }
    },
    [store],
  );

  const reload = useCallback(
    async (parts: readonly DataPart[] = ALL_PARTS) => {
      if (!ready.current) setPhase({ name: 'loading' });
      const outcomes = await Promise.allSettled(parts.map(loadPart));
      const failure = outcomes.find((outcome): outcome is PromiseRejectedResult => outcome.status === 'rejected');
      if (!failure) {
        ready.current = true;
        setPhase({ name: 'ready' });
        return;
      }
      const error = asClientError(failure.reason);
      if (ready.current) onError(error);
      else setPhase({ name: 'failed', error });
    },
    [loadPart, onError],
  );

  const loadMoreDocuments = useCallback(async () => {
    const shown = documentsShown.current;
    // While the list is being reloaded its length is not known yet; the reload brings the first page.
    if (shown.fetchingMore || shown.reloading > 0 || shown.loaded >= shown.total) return;
    shown.fetchingMore = true;
    // A reload that starts meanwhile replaces the whole list, so this page would be stale.
    const request = latestRequest.current.documents;
    try {
      const page = await call('documents.list', {
        ...listArguments(query.current),
        offset: shown.loaded,
        limit: DOCUMENT_PAGE_SIZE,
      });
      if (request !== latestRequest.current.documents) return;
      setData((current) => {
        if (!current.documents) return current;
        // Rows imported or deleted meanwhile shift the pages; a row is never listed twice.
        const listed = new Set(current.documents.items.map((item) => item.id));
        const fresh = page.items.filter((item) => !listed.has(item.id));
        const documents = { items: [...current.documents.items, ...fresh], total: page.total };
        shown.loaded = documents.items.length;
        shown.total = documents.total;
        return { ...current, documents };
      });
    } catch (error) {
      onError(asClientError(error));
    } finally {
      shown.fetchingMore = false;
    }
  }, [onError]);

  const setDocumentQuery = useCallback(
    (next: DocumentQuery) => {
      query.current = next;
      setQueryState(next);
      // Another order or filter is another list: it starts again from the top.
      documentsShown.current.loaded = 0;
      void reload(['documents']);
    },
    [reload],
  );

  return { data, phase, reload, loadMoreDocuments, replace, documentQuery, setDocumentQuery };
}

function fetchPart<P extends DataPart>(part: P, documentsLoaded: number, query: DocumentQuery): Promise<WorkbenchData[P]>;
function fetchPart(part: DataPart, documentsLoaded: number, query: DocumentQuery): Promise<WorkbenchData[DataPart]> {
  switch (part) {
    case 'info':
      return call('workbench.info');
    case 'documents':
      // A refresh keeps as many rows as were already scrolled into view, so the list does not jump.
      return call('documents.list', {
        ...listArguments(query),
        limit: Math.min(MAX_DOCUMENTS_PER_CALL, Math.max(DOCUMENT_PAGE_SIZE, documentsLoaded)),
      });
    case 'sources':
      return call('sources.list');
    case 'settings':
      return call('settings.get');
  }
}

export function asClientError(error: unknown): ClientError {
  if (error instanceof ClientError) return error;
  return new ClientError('internal', error instanceof Error ? error.message : String(error));
}
