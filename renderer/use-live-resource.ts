// How every view loads what it shows: one answer from the API, asked again whenever the host
// announces a change that may alter it, and after the event channel comes back from a drop (what
// changed meanwhile arrived as events nobody heard). The last answer stays on screen while the next
// is on its way, so a list does not flash empty each time a claim elsewhere is edited; a burst of
// events while a request is out is one more request, not one per event.
import { useCallback, useEffect, useRef, useState } from 'react';

import type { AppEvent } from '../core/api/events.js';
import { asClientError, type ClientError, subscribe } from './api-client.js';

export interface LiveResource<T> {
  /** The answer for the current key, or undefined before the first one arrives. */
  value: T | undefined;
  /** Why the last request for the current key failed; cleared by the next answer. */
  error: ClientError | null;
  loading: boolean;
  /** Asks again now (after a change this window made and wants to see at once). */
  reload: () => void;
  /**
   * Changes the answer on screen without asking (a value the API just returned, a page appended).
   * An answer already on its way may predate the change, so it is dropped and asked for again.
   */
  mutate: (change: (current: T) => T) => void;
}

/** Which host events change the answer: a list of event types, or a test of each event. */
export type Affects = readonly AppEvent['type'][] | ((event: AppEvent) => boolean);

/**
 * `key` names what is loaded (a claim ID, a scope, a filter); when it changes the old answer is
 * dropped. A null key loads nothing. `load` and `affects` are read at call time and need not be stable.
 */
export interface LiveResourceOptions {
  /**
   * While the answer for a new key is on its way, the previous key's answer stays on screen (the
   * results of the last search, the queue under the last filters) instead of nothing.
   */
  keepPrevious?: boolean;
}

export function useLiveResource<T>(
  key: string | null,
  load: () => Promise<T>,
  affects: Affects,
  options: LiveResourceOptions = {},
): LiveResource<T> {
  const [answer, setAnswer] = useState<{ key: string; value: T } | null>(null);
  const [error, setError] = useState<{ key: string; error: ClientError } | null>(null);
  const [loading, setLoading] = useState(false);
  const latest = useRef({ load, affects, key, request: 0, inFlight: false, again: false });
  latest.current.load = load;
  latest.current.affects = affects;
  latest.current.key = key;

  const fetchNow = useCallback(async (): Promise<void> => {
    const state = latest.current;
    if (state.key === null) return;
    if (state.inFlight) {
      state.again = true;
      return;
    }
    const forKey = state.key;
    const request = ++state.request;
    state.inFlight = true;
    state.again = false;
    setLoading(true);
    try {
      const value = await state.load();
      if (request === state.request) {
        setAnswer({ key: forKey, value });
        setError(null);
      }
    } catch (caught) {
      if (request === state.request) setError({ key: forKey, error: asClientError(caught) });
    } finally {
      state.inFlight = false;
      if ((state.again || request !== state.request) && state.key !== null) void fetchNow();
      else setLoading(false);
    }
  }, []);

  useEffect(() => {
    const state = latest.current;
    // Whatever is on its way is for the previous key.
    state.request += 1;
    if (key === null) return;
    void fetchNow();
    let missedEvents = false;
    return subscribe(
      (event) => {
        if (event.type === 'workbench.opened' || touches(state.affects, event)) void fetchNow();
      },
      (connection) => {
        if (connection === 'reconnecting') missedEvents = true;
        if (connection === 'open' && missedEvents) {
          missedEvents = false;
          void fetchNow();
        }
      },
    );
  }, [key, fetchNow]);

  const reload = useCallback(() => void fetchNow(), [fetchNow]);

  const mutate = useCallback((change: (current: T) => T) => {
    const state = latest.current;
    setAnswer((current) => (current && current.key === state.key ? { key: current.key, value: change(current.value) } : current));
    if (state.inFlight) {
      state.request += 1;
      state.again = true;
    }
  }, []);

  return {
    value: answer && (answer.key === key || (options.keepPrevious && key !== null)) ? answer.value : undefined,
    error: error && error.key === key ? error.error : null,
    loading,
    reload,
    mutate,
  };
}

function touches(affects: Affects, event: AppEvent): boolean {
  return typeof affects === 'function' ? affects(event) : affects.includes(event.type);
}
