// Asks before an unconfirmed source is discarded, saying how many claims' chains lose it: the
// claims themselves stay, but the hop is gone for good, so the safe button has the focus.
import { useId, useRef, useState } from 'react';

import type { Source } from '../../core/domain.js';
import { asClientError, call } from '../api-client.js';
import { Icon } from '../components/Icon.js';
import { ModalDialog } from '../components/ModalDialog.js';
import { useNotify } from '../components/Notifications.js';
import { countOf } from '../format.js';

interface DiscardSourceDialogProps {
  open: boolean;
  source: Source;
  onClose: () => void;
  /**
   * True while the source is being discarded, false again if that failed. The change events of a
   * discard can arrive before its answer: whoever shows the source should not ask for it then.
   */
  onPending: (pending: boolean) => void;
  /** After the source has left the registry, with the claims whose chains changed. */
  onDiscarded: (claimIds: readonly string[]) => void;
}

export function DiscardSourceDialog({ open, source, onClose, onPending, onDiscarded }: DiscardSourceDialogProps) {
  const notify = useNotify();
  const messageId = useId();
  const cancelRef = useRef<HTMLButtonElement>(null);
  const [discarding, setDiscarding] = useState(false);

  const discard = async () => {
    if (discarding) return;
    setDiscarding(true);
    onPending(true);
    try {
      const { claimIds } = await call('sources.discard', { id: source.id });
      onClose();
      onDiscarded(claimIds);
    } catch (error) {
      // Most likely someone confirmed or merged it meanwhile; the pane shows that as it reloads.
      onPending(false);
      onClose();
      notify({ tone: 'error', title: `${source.name} was not discarded`, message: asClientError(error).message });
    } finally {
      setDiscarding(false);
    }
  };

  return (
    <ModalDialog
      open={open}
      title={`Discard ${source.name}?`}
      size="small"
      role="alertdialog"
      describedBy={messageId}
      initialFocus={cancelRef}
      onClose={onClose}
      onSubmit={() => void discard()}
      footer={
        <>
          <button ref={cancelRef} type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button button--danger" disabled={discarding}>
            {discarding ? 'Discarding…' : 'Discard'}
          </button>
        </>
      }
    >
      <div id={messageId}>
        <p className="dialog__message">
          <strong dir="auto">{source.name}</strong> leaves the registry.{' '}
          {source.claimCount === 0
            ? 'No claim’s chain names it.'
            : `The chains of ${countOf(source.claimCount, 'claim')} lose this hop; the claims and the rest of their chains stay.`}
        </p>
        <p className="merge-confirm__warning">
          <Icon name="alert" size={15} />
          <span>A discard cannot be undone. Each changed chain is kept in its claim’s history.</span>
        </p>
      </div>
    </ModalDialog>
  );
}
