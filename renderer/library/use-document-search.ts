// Full-text search as the reviewer types: a short pause before asking, and only the answer to the
// newest question is shown. Results stay on screen while the next answer is on its way, and are
// asked for again when documents change, so a deleted document leaves them.
import { useEffect, useState } from 'react';

import type { SearchHit } from '../../core/domain.js';
import { call } from '../api-client.js';
import { useLiveResource } from '../use-live-resource.js';

const TYPING_PAUSE_MS = 180;
const RESULT_LIMIT = 100;

export interface SearchState {
  /** The query the shown hits answer. */
  query: string;
  hits: SearchHit[];
  searching: boolean;
  error: string | null;
}

export function useDocumentSearch(query: string): SearchState {
  const trimmed = query.trim();
  const asked = useSettledValue(trimmed, TYPING_PAUSE_MS);
  const results = useLiveResource(
    asked || null,
    async () => ({ query: asked, hits: await call('documents.search', { query: asked, limit: RESULT_LIMIT }) }),
    ['documents.changed'],
    { keepPrevious: true },
  );
  if (!trimmed) return { query: '', hits: [], searching: false, error: null };
  const shown = results.value ?? { query: asked, hits: [] };
  return {
    query: shown.query,
    hits: results.error ? [] : shown.hits,
    searching: trimmed !== asked || results.loading,
    error: results.error?.message ?? null,
  };
}

/** `value` once it has stayed the same for `pauseMs`; an empty value at once (a cleared field). */
function useSettledValue(value: string, pauseMs: number): string {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    if (!value) {
      setSettled(value);
      return;
    }
    const timer = setTimeout(() => setSettled(value), pauseMs);
    return () => clearTimeout(timer);
  }, [value, pauseMs]);
  return settled;
}
