// Text copied from a web page or a message becomes a document like an imported file would.
import { useId, useRef, useState } from 'react';

import { asClientError, call } from '../api-client.js';
import { Icon } from '../components/Icon.js';
import { ModalDialog } from '../components/ModalDialog.js';
import { useNotify } from '../components/Notifications.js';

interface PasteTextDialogProps {
  open: boolean;
  onClose: () => void;
  onOpenDocument: (id: string) => void;
}

type Problem = { kind: 'failed'; message: string } | { kind: 'duplicate'; existingId: string; title: string };

export function PasteTextDialog({ open, onClose, onOpenDocument }: PasteTextDialogProps) {
  const notify = useNotify();
  const id = useId();
  const textRef = useRef<HTMLTextAreaElement>(null);
  const [title, setTitle] = useState('');
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<Problem | null>(null);
  const [saving, setSaving] = useState(false);

  const close = () => {
    setTitle('');
    setText('');
    setProblem(null);
    onClose();
  };

  const submit = async () => {
    if (!text.trim() || saving) return;
    setSaving(true);
    setProblem(null);
    try {
      const outcome = await call('documents.importText', { text, ...(title.trim() ? { title: title.trim() } : {}) });
      if (outcome.status === 'imported') {
        notify({ tone: 'info', title: `Imported '${outcome.document.title}'` });
        setTitle('');
        setText('');
        onOpenDocument(outcome.document.id);
      } else if (outcome.status === 'duplicate') {
        setProblem({ kind: 'duplicate', existingId: outcome.existingId, title: outcome.title });
      } else {
        setProblem({ kind: 'failed', message: outcome.error });
      }
    } catch (error) {
      setProblem({ kind: 'failed', message: asClientError(error).message });
    } finally {
      setSaving(false);
    }
  };

  return (
    <ModalDialog
      open={open}
      title="Paste text"
      onClose={close}
      onSubmit={() => void submit()}
      initialFocus={textRef}
      size="large"
      footer={
        <>
          <button type="button" className="button" onClick={close}>
            Cancel
          </button>
          <button type="submit" className="button button--primary" disabled={!text.trim() || saving}>
            {saving ? 'Importing…' : 'Import'}
          </button>
        </>
      }
    >
      <div className="setting">
        <label className="setting__label" htmlFor={`${id}-title`}>
          Title <span className="setting__optional">(optional)</span>
        </label>
        <input
          id={`${id}-title`}
          className="text-input"
          value={title}
          placeholder="Taken from the first line when left empty"
          autoComplete="off"
          onChange={(event) => setTitle(event.target.value)}
        />
      </div>
      <div className="setting setting--grow">
        <label className="setting__label" htmlFor={`${id}-text`}>
          Text
        </label>
        <textarea
          ref={textRef}
          id={`${id}-text`}
          className="text-input text-area"
          value={text}
          rows={14}
          dir="auto"
          placeholder="Paste the article here, with its headline, byline and any reader comments."
          aria-describedby={`${id}-help`}
          onChange={(event) => {
            setText(event.target.value);
            setProblem(null);
          }}
        />
        <p className="setting__help" id={`${id}-help`}>
          The outlet, date, photo credits and where reader comments begin are detected as for an imported file; you can correct them
          afterwards.
        </p>
      </div>
      {problem?.kind === 'failed' ? (
        <p className="form-error" role="alert">
          <Icon name="alert" />
          <span>{problem.message}</span>
        </p>
      ) : null}
      {problem?.kind === 'duplicate' ? (
        <div className="form-notice" role="alert">
          <Icon name="documents" />
          <span>This text is already in the workbench as ‘{problem.title}’.</span>
          <button
            type="button"
            className="text-button"
            onClick={() => {
              const existing = problem.existingId;
              close();
              onOpenDocument(existing);
            }}
          >
            Open it
          </button>
        </div>
      ) : null}
    </ModalDialog>
  );
}
