// Detection suggestions for the open document: asked for on demand, accepted (they become claims
// with chains) or rejected. Rejections are kept in the workbench, so detection leaves them out of
// every later run until the reviewer restores them.
import { useCallback, useEffect, useRef, useState } from 'react';

import type { Suggestion } from '../../core/detection/types.js';
import type { Claim, RejectedSuggestion } from '../../core/domain.js';
import { asClientError, call } from '../api-client.js';
import { useNotify } from '../components/Notifications.js';
import { chainsToAccept } from './commenter-chain.js';
import { isRejectedSuggestion, suggestionKey, uniqueSuggestions } from './suggestion-key.js';
import { useRejectedSuggestions } from './use-rejected-suggestions.js';

export interface SuggestionsState {
  /** Null until the reviewer asks; then what is left to decide, in text order. */
  items: Suggestion[] | null;
  /** The document's rejected suggestions, newest first; null until first asked for. */
  rejected: RejectedSuggestion[] | null;
  loading: boolean;
  busy: boolean;
  includeComments: boolean;
  setIncludeComments: (include: boolean) => void;
  /** The suggestion the reviewer is looking at, highlighted in the text. */
  focusedKey: string | null;
  setFocusedKey: (key: string | null) => void;
  /** Keys of the reader-comment suggestions whose chain is to start at the commenter. */
  startAtCommenter: ReadonlySet<string>;
  setStartAtCommenter: (key: string, start: boolean) => void;
  request: () => Promise<Suggestion[] | null>;
  accept: (suggestions: Suggestion[]) => Promise<void>;
  reject: (suggestions: Suggestion[]) => Promise<void>;
  restore: (rejection: RejectedSuggestion) => Promise<void>;
  close: () => void;
}

export function useSuggestions(documentId: string | null, onAccepted: (claims: Claim[]) => void): SuggestionsState {
  const notify = useNotify();
  const [items, setItems] = useState<Suggestion[] | null>(null);
  const [loading, setLoading] = useState(false);
  const [busy, setBusy] = useState(false);
  const [includeComments, setIncludeComments] = useState(false);
  const [focusedKey, setFocusedKey] = useState<string | null>(null);
  const [startAtCommenter, setStartKeys] = useState<ReadonlySet<string>>(new Set());
  const rejections = useRejectedSuggestions(documentId);
  const latest = useRef(0);
  const accepted = useRef(onAccepted);
  accepted.current = onAccepted;

  useEffect(() => {
    latest.current++;
    setItems(null);
    setLoading(false);
    setFocusedKey(null);
    setStartKeys(new Set());
  }, [documentId]);

  const { load: loadRejections } = rejections;
  const request = useCallback(async (): Promise<Suggestion[] | null> => {
    if (!documentId) return null;
    const request = ++latest.current;
    setLoading(true);
    void loadRejections();
    try {
      const found = uniqueSuggestions(await call('detection.suggest', { documentId, includeComments }));
      if (request !== latest.current) return null;
      setItems(found);
      return found;
    } catch (error) {
      if (request === latest.current) {
        notify({ tone: 'error', title: 'Attributions could not be suggested', message: asClientError(error).message });
      }
      return null;
    } finally {
      if (request === latest.current) setLoading(false);
    }
  }, [documentId, includeComments, loadRejections, notify]);

  const remove = useCallback((suggestions: Suggestion[]) => {
    const keys = new Set(suggestions.map(suggestionKey));
    setItems((current) => (current ? current.filter((item) => !keys.has(suggestionKey(item))) : current));
    setFocusedKey((key) => (key !== null && keys.has(key) ? null : key));
  }, []);

  const setStartAtCommenter = useCallback((key: string, start: boolean) => {
    setStartKeys((current) => {
      const next = new Set(current);
      if (start) next.add(key);
      else next.delete(key);
      return next;
    });
  }, []);

  const accept = useCallback(
    async (suggestions: Suggestion[]) => {
      if (!documentId || suggestions.length === 0) return;
      setBusy(true);
      try {
        const claims = await call('detection.accept', { documentId, suggestions: chainsToAccept(suggestions, startAtCommenter) });
        remove(suggestions);
        accepted.current(claims);
      } catch (error) {
        notify({ tone: 'error', title: 'The suggestions were not accepted', message: asClientError(error).message });
      } finally {
        setBusy(false);
      }
    },
    [documentId, startAtCommenter, remove, notify],
  );

  const { reject: recordRejections, restore: takeBack } = rejections;
  const reject = useCallback(
    async (suggestions: Suggestion[]) => {
      setBusy(true);
      try {
        // Rejected as detection proposed them: that is what later runs are matched against.
        if (await recordRejections(suggestions)) remove(suggestions);
      } finally {
        setBusy(false);
      }
    },
    [recordRejections, remove],
  );

  const restore = useCallback(
    async (rejection: RejectedSuggestion) => {
      setBusy(true);
      try {
        if (!(await takeBack(rejection))) return;
      } finally {
        setBusy(false);
      }
      // Detection runs again so the restored suggestion is back in the list, shown in the text.
      const found = await request();
      const back = found?.find((suggestion) => isRejectedSuggestion(suggestion, rejection));
      if (back) setFocusedKey(suggestionKey(back));
      else if (found) {
        notify({
          tone: 'info',
          title: 'Restored, but not suggested now',
          message: includeComments
            ? 'Detection no longer finds it: its words may be a claim already, or the text changed.'
            : 'Detection no longer finds it. If it was in the reader comments, include them and ask again.',
        });
      }
    },
    [takeBack, request, includeComments, notify],
  );

  // A suggestion rejected elsewhere (a colleague on the same workbench) leaves this list too.
  const rejectedNow = rejections.items;
  useEffect(() => {
    if (!rejectedNow || rejectedNow.length === 0) return;
    setItems((current) => {
      if (!current) return current;
      const kept = current.filter((suggestion) => !rejectedNow.some((rejection) => isRejectedSuggestion(suggestion, rejection)));
      return kept.length === current.length ? current : kept;
    });
  }, [rejectedNow]);

  const close = useCallback(() => {
    latest.current++;
    setItems(null);
    setLoading(false);
    setFocusedKey(null);
  }, []);

  return {
    items,
    rejected: rejections.items,
    loading,
    busy,
    includeComments,
    setIncludeComments,
    focusedKey,
    setFocusedKey,
    startAtCommenter,
    setStartAtCommenter,
    request,
    accept,
    reject,
    restore,
    close,
  };
}
