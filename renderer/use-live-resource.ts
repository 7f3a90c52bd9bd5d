// One answer from the API, asked again whenever the host announces a change that may alter it.
// The last answer stays on screen while the next is on its way, so a trace does not flash empty
// each time a claim elsewhere is edited.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { AppEvent } from '../../core/api/events.js';
import { subscribe, type ClientError } from '../api-client.js';
import { asClientError } from '../app/use-workbench-data.js';

export interface LiveResource<T> {
  /** The answer for the current key, or undefined before the first one arrives. */
  value: T | undefined;
  error: ClientError | null;
  loading: boolean;
  reload: () => void;
}

/**
 * `key` names what is loaded (a source ID, a scope); when it changes the old answer is dropped.
 * A null key loads nothing. `load` and `affects` are read at call time and need not be stable.
 */
export function useLiveResource<T>(
  key: string | null,
  load: () => Promise<T>,
  affects: (event: AppEvent) => boolean,
): LiveResource<T> {
  const [answer, setAnswer] = useState<{ key: string; value: T } | null>(null);
  const [error, setError] = useState<{ key: string; error: ClientError } | null>(null);
  const [loading, setLoading] = useState(false);
  const latest = useRef({ load, affects, request: 0 });
  latest.current.load = load;
  latest.current.affects = affects;

  const fetchNow = useCallback(async (forKey: string) => {
    const request = ++latest.current.request;
    setLoading(true);
    try {
      const value = await latest.current.load();
      if (request !== latest.current.request) return;
      setAnswer({ key: forKey, value });
      setError(null);
    } catch (caught) {
      if (request !== latest.current.request) return;
      setError({ key: forKey, error: asClientError(caught) });
    } finally {
      if (request === latest.current.request) setLoading(false);
    }
  }, []);

  useEffect(() => {
    if (key === null) {
      latest.current.request += 1;
      return;
    }
    void fetchNow(key);
    return subscribe((event) => {
      if (event.type === 'workbench.opened' || latest.current.affects(event)) void fetchNow(key);
    });
  }, [key, fetchNow]);

  const reload = useCallback(() => {
    if (key !== null) void fetchNow(key);
  }, [key, fetchNow]);

  return {
    value: answer && answer.key === key ? answer.value : undefined,
    error: error && error.key === key ? error.error : null,
    loading,
    reload,
  };
}
