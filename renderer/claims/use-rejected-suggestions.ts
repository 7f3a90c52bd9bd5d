// The suggestions rejected in the open document. The workbench remembers them (with who and when),
// so a rejection survives reloads, new detection runs and bundles; this keeps the list the panel
// shows in step with each rejection and each restore.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Suggestion } from '../../core/detection/types.js';
import type { RejectedSuggestion } from '../../core/domain.js';
import { call } from '../api-client.js';
import { asClientError } from '../app/use-workbench-data.js';
import { useNotify } from '../components/Notifications.js';
import { mergeRejections } from './rejection-list.js';

export interface RejectedSuggestionsState {
  /** Newest first; null until first loaded for this document. */
  items: RejectedSuggestion[] | null;
  load: () => Promise<void>;
  /** Records the rejections; false (after telling the reviewer) when the workbench refused. */
  reject: (suggestions: Suggestion[]) => Promise<boolean>;
  /** Takes a rejection back; false (after telling the reviewer) when the workbench refused. */
  restore: (rejection: RejectedSuggestion) => Promise<boolean>;
}

export function useRejectedSuggestions(documentId: string | null): RejectedSuggestionsState {
  const notify = useNotify();
  const [items, setItems] = useState<RejectedSuggestion[] | null>(null);
  const latest = useRef(0);
  const shownDocument = useRef(documentId);
  shownDocument.current = documentId;

  useEffect(() => {
    latest.current++;
    setItems(null);
  }, [documentId]);

  const load = useCallback(async () => {
    if (!documentId) return;
    const request = ++latest.current;
    try {
      const list = await call('detection.rejections', { documentId });
      if (request === latest.current) setItems(list);
    } catch (error) {
      if (request === latest.current) {
        notify({ tone: 'error', title: 'Rejected suggestions could not be listed', message: asClientError(error).message });
      }
    }
  }, [documentId, notify]);

  const reject = useCallback(
    async (suggestions: Suggestion[]) => {
      if (!documentId || suggestions.length === 0) return false;
      try {
        const records = await call('detection.reject', { documentId, suggestions });
        if (shownDocument.current === documentId) setItems((current) => mergeRejections(current ?? [], records));
        return true;
      } catch (error) {
        notify({ tone: 'error', title: 'The suggestions were not rejected', message: asClientError(error).message });
        return false;
      }
    },
    [documentId, notify],
  );

  const restore = useCallback(
    async (rejection: RejectedSuggestion) => {
      try {
        await call('detection.restore', { id: rejection.id });
        setItems((current) => (current ? current.filter((item) => item.id !== rejection.id) : current));
        return true;
      } catch (error) {
        notify({ tone: 'error', title: 'The suggestion was not restored', message: asClientError(error).message });
        return false;
      }
    },
    [notify],
  );

  return { items, load, reject, restore };
}
