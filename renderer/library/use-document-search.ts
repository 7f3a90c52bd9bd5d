// Full-text search as the reviewer types: a short pause before asking, and only the answer to the
// newest question is shown. Results stay on screen while the next answer is on its way.
import { useEffect, useRef, useState } from 'react';
import type { SearchHit } from '../../core/domain.js';
import { call } from '../api-client.js';
import { asClientError } from '../app/use-workbench-data.js';

const TYPING_PAUSE_MS = 180;
const RESULT_LIMIT = 100;

export interface SearchState {
  /** The query the shown hits answer. */
  query: string;
  hits: SearchHit[];
  searching: boolean;
  error: string | null;
}

const IDLE: SearchState = { query: '', hits: [], searching: false, error: null };

/** `refresh` changes when documents change, so a deleted document leaves the results. */
export function useDocumentSearch(query: string, refresh: number): SearchState {
  const [state, setState] = useState<SearchState>(IDLE);
  const latest = useRef(0);
  const trimmed = query.trim();

  useEffect(() => {
    const request = ++latest.current;
    if (!trimmed) {
      setState(IDLE);
      return;
    }
    setState((current) => ({ ...current, searching: true }));
    const timer = setTimeout(async () => {
      try {
        const hits = await call('documents.search', { query: trimmed, limit: RESULT_LIMIT });
        if (request === latest.current) setState({ query: trimmed, hits, searching: false, error: null });
      } catch (error) {
        if (request === latest.current) {
          setState({ query: trimmed, hits: [], searching: false, error: asClientError(error).message });
        }
      }
    }, TYPING_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [trimmed, refresh]);

  return state;
}
