// Everything the shell shows about the open workbench, each part a live resource of its own so an
// event about sources does not refetch a thousand documents, and every count on screen (the title
// bar, the library's rows and tabs) follows the changes that alter it.
import { useCallback, useEffect, useRef, useState } from 'react';

import type { Result } from '../../core/api/index.js';
import { asClientError, call, type ClientError, listen } from '../api-client.js';
import { DEFAULT_QUERY, type DocumentQuery, listArguments } from '../library/document-query.js';
import { type LiveResource, useLiveResource } from '../use-live-resource.js';
import { localPlaceStorage, placeKey, readPlace, rememberPlace } from './remembered-place.js';

export interface WorkbenchData {
  info: Result<'workbench.info'>;
  documents: Result<'documents.list'>;
  sources: Result<'sources.list'>;
  settings: Result<'settings.get'>;
}

/** Documents arrive a page at a time as the list is scrolled; a workbench can hold tens of thousands. */
export const DOCUMENT_PAGE_SIZE = 500;
/** The most documents.list returns in one answer. */
const MAX_DOCUMENTS_PER_CALL = 50_000;

export interface WorkbenchPlace {
  key: string;
  visit: number;
}

export type LoadPhase = { name: 'loading' } | { name: 'ready' } | { name: 'failed'; error: ClientError };

export interface WorkbenchDataState {
  data: Partial<WorkbenchData>;
  phase: LoadPhase;
  /** Asks for every part again (after the first load failed). */
  reload: () => void;
  /** Fetches the next page of documents, if there is one and no fetch is already under way. */
  loadMoreDocuments: () => Promise<void>;
  /** Takes settings the API already returned (from settings.update) without asking again. */
  replaceSettings: (settings: WorkbenchData['settings']) => void;
  /** The order and filters of the document list; changing them reloads it from the top. */
  documentQuery: DocumentQuery;
  /**
   * Where this workbench's place (list order, open document) is remembered, and which visit to it
   * this is (opening another workbench, or the same one again, is a new visit); null until known.
   */
  place: WorkbenchPlace | null;
  setDocumentQuery: (query: DocumentQuery) => void;
}

export function useWorkbenchData(onError: (error: ClientError) => void): WorkbenchDataState {
  const info = useLiveResource('info', () => call('workbench.info'), [
    'documents.changed',
    'sources.changed',
    'claims.changed',
    'settings.changed',
  ]);
  const sources = useLiveResource('sources', () => call('sources.list'), ['sources.changed', 'claims.changed', 'documents.changed']);
  const settings = useLiveResource('settings', () => call('settings.get'), ['settings.changed']);

  const [documentQuery, setQueryState] = useState<DocumentQuery>(DEFAULT_QUERY);
  const query = useRef<DocumentQuery>(DEFAULT_QUERY);
  const rowsShown = useRef(0);
  // The list is first asked for in the order this workbench was last left in, so it never shows
  // another order first; another workbench opened later brings back its own, once its info is in.
  const [visit, setVisit] = useState<{ count: number; leaving: WorkbenchData['info'] | undefined }>({ count: 0, leaving: undefined });
  const infoNow = useRef(info.value);
  infoNow.current = info.value;
  useEffect(() => listen('workbench.opened', () => setVisit((last) => ({ count: last.count + 1, leaving: infoNow.current }))), []);
  const arrivedKey = info.value !== undefined && info.value !== visit.leaving ? placeKey(info.value) : null;
  const [restoredPlace, setRestoredPlace] = useState<WorkbenchPlace | null>(null);
  if (arrivedKey !== null && (arrivedKey !== restoredPlace?.key || visit.count !== restoredPlace.visit)) {
    const remembered = readPlace(localPlaceStorage(), arrivedKey).documentQuery ?? DEFAULT_QUERY;
    query.current = remembered;
    rowsShown.current = 0;
    setRestoredPlace({ key: arrivedKey, visit: visit.count });
    setQueryState(remembered);
  }
  const documents = useLiveResource(
    restoredPlace === null ? null : `documents ${restoredPlace.visit} ${restoredPlace.key}`,
    () =>
      // A refresh keeps as many rows as were already scrolled into view, so the list does not jump.
      call('documents.list', {
        ...listArguments(query.current),
        limit: Math.min(MAX_DOCUMENTS_PER_CALL, Math.max(DOCUMENT_PAGE_SIZE, rowsShown.current)),
      }),
    ['documents.changed', 'claims.changed'],
  );
  rowsShown.current = documents.value?.items.length ?? 0;

  const parts = [info, documents, sources, settings];
  const phase = usePhase(parts, onError);

  const fetchingMore = useRef(false);
  const loadMoreDocuments = useCallback(async () => {
    const listed = documents.value;
    // While the list is being reloaded its length is not known yet; the reload brings the first page.
    if (!listed || fetchingMore.current || documents.loading || listed.items.length >= listed.total) return;
    fetchingMore.current = true;
    try {
      const page = await call('documents.list', {
        ...listArguments(query.current),
        offset: listed.items.length,
        limit: DOCUMENT_PAGE_SIZE,
      });
      documents.mutate((current) => {
        // A list reloaded meanwhile (another order, a filter) is another list: this page is not part of it.
        if (current !== listed) return current;
        // Rows imported or deleted meanwhile shift the pages; a row is never listed twice.
        const ids = new Set(current.items.map((item) => item.id));
        return { items: [...current.items, ...page.items.filter((item) => !ids.has(item.id))], total: page.total };
      });
    } catch (error) {
      onError(asClientError(error));
    } finally {
      fetchingMore.current = false;
    }
  }, [documents, onError]);

  const reloadDocuments = documents.reload;
  const setDocumentQuery = useCallback(
    (next: DocumentQuery) => {
      query.current = next;
      setQueryState(next);
      if (restoredPlace !== null) rememberPlace(localPlaceStorage(), restoredPlace.key, { documentQuery: next });
      // Another order or filter is another list: it starts again from the top.
      rowsShown.current = 0;
      reloadDocuments();
    },
    [reloadDocuments, restoredPlace],
  );

  const { reload: reloadInfo } = info;
  const { reload: reloadSources } = sources;
  const { reload: reloadSettings } = settings;
  const reload = useCallback(() => {
    for (const again of [reloadInfo, reloadDocuments, reloadSources, reloadSettings]) again();
  }, [reloadInfo, reloadDocuments, reloadSources, reloadSettings]);

  return {
    data: { info: info.value, documents: documents.value, sources: sources.value, settings: settings.value },
    phase,
    reload,
    loadMoreDocuments,
    replaceSettings: (value) => settings.mutate(() => value),
    documentQuery,
    setDocumentQuery,
    place: restoredPlace,
  };
}

/**
 * The workbench is ready once every part has answered. A failure before that is the workbench
 * failing to load; after it, a part that cannot be refreshed is reported and its last answer stays.
 */
function usePhase(parts: readonly Pick<LiveResource<unknown>, 'value' | 'error'>[], onError: (error: ClientError) => void): LoadPhase {
  const ready = useRef(false);
  const firstError = parts.find((part) => part.error !== null)?.error ?? null;
  if (!ready.current && parts.every((part) => part.value !== undefined)) ready.current = true;
  useEffect(() => {
    if (ready.current && firstError) onError(firstError);
  }, [firstError, onError]);
  if (ready.current) return { name: 'ready' };
  return firstError ? { name: 'failed', error: firstError } : { name: 'loading' };
}
