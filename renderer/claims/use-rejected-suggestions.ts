// The suggestions rejected in the open document. The workbench remembers them (with who and when),
// so a rejection survives reloads, new detection runs and bundles; this keeps the list the panel
// shows in step with each rejection and each restore.
import { useCallback, useEffect, useRef, useState } from 'react';

import type { Suggestion } from '../../core/detection/types.js';
import type { RejectedSuggestion } from '../../core/domain.js';
import { asClientError, call } from '../api-client.js';
import { useNotify } from '../components/Notifications.js';
import { useLiveResource } from '../use-live-resource.js';
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
  // Nothing is asked for a document until `load` is called for it (the reviewer asks for suggestions).
  const [wanted, setWanted] = useState<string | null>(null);
  const shownDocument = useRef(documentId);
  shownDocument.current = documentId;

  useEffect(() => {
    setWanted(null);
  }, [documentId]);

  // Rejections made or taken back in any window are announced; so is a re-import of the document or
  // a bundle merged into it, as the document changing. This window also keeps its own list in step
  // at once, without waiting for the announcement.
  const rejections = useLiveResource(
    documentId !== null && wanted === documentId ? documentId : null,
    () => call('detection.rejections', { documentId: documentId! }),
    (event) =>
      documentId !== null &&
      ((event.type === 'rejections.changed' && event.documentId === documentId) ||
        (event.type === 'documents.changed' && (event.ids.length === 0 || event.ids.includes(documentId)))),
  );
  const { error, reload, mutate } = rejections;

  useEffect(() => {
    if (error) notify({ tone: 'error', title: 'Rejected suggestions could not be listed', message: error.message });
  }, [error, notify]);

  const load = useCallback(async () => {
    if (!documentId) return;
    if (wanted === documentId) reload();
    else setWanted(documentId);
  }, [documentId, wanted, reload]);

  const reject = useCallback(
    async (suggestions: Suggestion[]) => {
      if (!documentId || suggestions.length === 0) return false;
      try {
        const records = await call('detection.reject', { documentId, suggestions });
        if (shownDocument.current === documentId) {
          // A list not asked for yet is asked for now, whole, rather than started with these alone.
          setWanted(documentId);
          mutate((current) => mergeRejections(current, records));
        }
        return true;
      } catch (error) {
        notify({ tone: 'error', title: 'The suggestions were not rejected', message: asClientError(error).message });
        return false;
      }
    },
    [documentId, mutate, notify],
  );

  const restore = useCallback(
    async (rejection: RejectedSuggestion) => {
      try {
        await call('detection.restore', { id: rejection.id });
        mutate((current) => current.filter((item) => item.id !== rejection.id));
        return true;
      } catch (error) {
        notify({ tone: 'error', title: 'The suggestion was not restored', message: asClientError(error).message });
        return false;
      }
    },
    [mutate, notify],
  );

  return { items: rejections.value ?? null, load, reject, restore };
}
