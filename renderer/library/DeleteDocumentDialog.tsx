import { useId, useRef } from 'react';

import { ModalDialog } from '../components/ModalDialog.js';
import { countOf } from '../format.js';

export interface DeleteTarget {
  id: string;
  title: string;
  claimCount?: number;
}

interface DeleteDocumentDialogProps {
  target: DeleteTarget | null;
  onCancel: () => void;
  onConfirm: (target: DeleteTarget) => void;
}

/** Asks before a document goes to the bin. Deleting can be undone, so the button to confirm is focused. */
export function DeleteDocumentDialog({ target, onCancel, onConfirm }: DeleteDocumentDialogProps) {
  const confirmRef = useRef<HTMLButtonElement>(null);
  const messageId = useId();
  return (
    <ModalDialog
      open={target !== null}
      title="Delete document?"
      size="small"
      describedBy={messageId}
      initialFocus={confirmRef}
      onClose={onCancel}
      onSubmit={() => target && onConfirm(target)}
      footer={
        <>
          <button type="button" className="button" onClick={onCancel}>
            Cancel
          </button>
          <button ref={confirmRef} type="submit" className="button button--danger">
            Delete
          </button>
        </>
      }
    >
      <p className="dialog__message" id={messageId}>
        <strong dir="auto">{target?.title}</strong>
        {target?.claimCount ? ` and its ${countOf(target.claimCount, 'claim')}` : ''} will be moved to the bin. You can undo this straight
        afterwards.
      </p>
    </ModalDialog>
  );
}
