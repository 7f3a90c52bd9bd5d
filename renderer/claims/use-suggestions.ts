// Detection suggestions for the open document: asked for on demand, accepted (they become claims
// with chains) or rejected (gone for the rest of the session, even if detection runs again).
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Suggestion } from '../../core/detection/types.js';
import type { Claim } from '../../core/domain.js';
import { call } from '../api-client.js';
import { asClientError } from '../app/use-workbench-data.js';
import { useNotify } from '../components/Notifications.js';
import { suggestionKey } from './suggestion-key.js';

export interface SuggestionsState {
  /** Null until the reviewer asks; then what is left to decide, in text order. */
  items: Suggestion[] | null;
  loading: boolean;
  busy: boolean;
  includeComments: boolean;
  setIncludeComments: (include: boolean) => void;
  /** The suggestion the reviewer is looking at, highlighted in the text. */
  focusedKey: string | null;
  setFocusedKey: (key: string | null) => void;
  request: () => Promise<void>;
  accept: (suggestions: Suggestion[]) => Promise<void>;
  reject: (suggestions: Suggestion[]) => void;
  close: () => void;
}

export function useSuggestions(documentId: string | null, onAccepted: (claims: Claim[]) => void): SuggestionsState {
  const notify = useNotify();
  const [items, setItems] = useState<Suggestion[] | null>(null);
  const [loading, setLoading] = useState(false);
  const [busy, setBusy] = useState(false);
  const [includeComments, setIncludeComments] = useState(false);
  const [focusedKey, setFocusedKey] = useState<string | null>(null);
  const rejected = useRef(new Map<string, Set<string>>());
  const latest = useRef(0);
  const accepted = useRef(onAccepted);
  accepted.current = onAccepted;

  useEffect(() => {
    latest.current++;
    setItems(null);
    setLoading(false);
    setFocusedKey(null);
  }, [documentId]);

  const rejectedHere = useCallback((): Set<string> => {
    const id = documentId ?? '';
    let set = rejected.current.get(id);
    if (!set) rejected.current.set(id, (set = new Set()));
    return set;
  }, [documentId]);

  const request = useCallback(async () => {
    if (!documentId) return;
    const request = ++latest.current;
    setLoading(true);
    try {
      const found = await call('detection.suggest', { documentId, includeComments });
      if (request !== latest.current) return;
      const skip = rejectedHere();
      setItems(found.filter((suggestion) => !skip.has(suggestionKey(suggestion))));
    } catch (error) {
      if (request === latest.current) {
        notify({ tone: 'error', title: 'Attributions could not be suggested', message: asClientError(error).message });
      }
    } finally {
      if (request === latest.current) setLoading(false);
    }
  }, [documentId, includeComments, rejectedHere, notify]);

  const remove = useCallback((suggestions: Suggestion[]) => {
    const keys = new Set(suggestions.map(suggestionKey));
    setItems((current) => (current ? current.filter((item) => !keys.has(suggestionKey(item))) : current));
    setFocusedKey((key) => (key !== null && keys.has(key) ? null : key));
  }, []);

  const accept = useCallback(
    async (suggestions: Suggestion[]) => {
      if (!documentId || suggestions.length === 0) return;
      setBusy(true);
      try {
        const claims = await call('detection.accept', { documentId, suggestions });
        remove(suggestions);
        accepted.current(claims);
      } catch (error) {
        notify({ tone: 'error', title: 'The suggestions were not accepted', message: asClientError(error).message });
      } finally {
        setBusy(false);
      }
    },
    [documentId, remove, notify],
  );

  const reject = useCallback(
    (suggestions: Suggestion[]) => {
      const skip = rejectedHere();
      for (const suggestion of suggestions) skip.add(suggestionKey(suggestion));
      remove(suggestions);
    },
    [rejectedHere, remove],
  );

  const close = useCallback(() => {
    latest.current++;
    setItems(null);
    setLoading(false);
    setFocusedKey(null);
  }, []);

  return {
    items,
    loading,
    busy,
    includeComments,
    setIncludeComments,
    focusedKey,
    setFocusedKey,
    request,
    accept,
    reject,
    close,
  };
}
