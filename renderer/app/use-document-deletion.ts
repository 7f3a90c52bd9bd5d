// Deleting a document: ask first, move it to the bin, then offer Undo, which restores it.
import { useCallback, useState } from 'react';

import { asClientError, call } from '../api-client.js';
import { useNotify } from '../components/Notifications.js';
import type { DeleteTarget } from '../library/DeleteDocumentDialog.js';

interface DeletionOptions {
  selectedDocumentId: string | null;
  /** Closes the reader on the document about to be deleted. */
  onClosed: () => void;
  onReopen: (id: string) => void;
}

export function useDocumentDeletion({ selectedDocumentId, onClosed, onReopen }: DeletionOptions) {
  const notify = useNotify();
  const [target, setTarget] = useState<DeleteTarget | null>(null);

  const restore = useCallback(
    async (deleted: DeleteTarget, wasOpen: boolean) => {
      try {
        await call('documents.restore', { id: deleted.id });
        notify({ tone: 'info', title: `Restored '${deleted.title}'` });
        if (wasOpen) onReopen(deleted.id);
      } catch (error) {
        notify({ tone: 'error', title: `'${deleted.title}' could not be restored`, message: asClientError(error).message });
      }
    },
    [notify, onReopen],
  );

  const confirm = useCallback(
    async (deleted: DeleteTarget) => {
      setTarget(null);
      const wasOpen = deleted.id === selectedDocumentId;
      // The reader lets go first, so it never asks for a document that is already in the bin.
      if (wasOpen) onClosed();
      try {
        await call('documents.delete', { id: deleted.id });
        notify({
          tone: 'info',
          title: `Deleted '${deleted.title}'`,
          action: { label: 'Undo', onAction: () => void restore(deleted, wasOpen) },
        });
      } catch (error) {
        notify({ tone: 'error', title: `'${deleted.title}' was not deleted`, message: asClientError(error).message });
        if (wasOpen) onReopen(deleted.id);
      }
    },
    [selectedDocumentId, onClosed, onReopen, notify, restore],
  );

  return {
    target,
    request: useCallback((document: DeleteTarget) => setTarget(document), []),
    cancel: useCallback(() => setTarget(null), []),
    confirm: (deleted: DeleteTarget) => void confirm(deleted),
  };
}
