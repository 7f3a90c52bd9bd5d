// Quoting a passage of another document as evidence: choose the document, then select the words in
// its text, or paste them and let the form find them. The workbench stores the span, so the reader
// can open the document right there later.
import { type FormEvent, useEffect, useRef, useState } from 'react';

import type { DocumentDetail, DocumentSummary, Evidence, EvidenceStance } from '../../../core/domain.js';
import { call } from '../../api-client.js';
import { useLiveResource } from '../../use-live-resource.js';
import { findPassage, type TextSpan } from '../find-passage.js';
import { DocumentChooser } from './DocumentChooser.js';
import { errorText, FormEnd, FormField } from './form-parts.js';
import { selectionSpanWithin } from './selection-offsets.js';

interface AddPassageFormProps {
  claimId: string;
  documentId: string;
  onAdded: (evidence: Evidence) => void;
  onCancel: () => void;
}

export function AddPassageForm({ claimId, documentId, onAdded, onCancel }: AddPassageFormProps) {
  const [chosen, setChosen] = useState<DocumentSummary | null>(null);
  const [span, setSpan] = useState<TextSpan | null>(null);
  const [typed, setTyped] = useState('');
  const [notFound, setNotFound] = useState(false);
  const [title, setTitle] = useState('');
  const [note, setNote] = useState('');
  const [stance, setStance] = useState<EvidenceStance>('context');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const previewRef = useRef<HTMLDivElement>(null);

  // The chosen document's text, asked again when that document changes (re-imported, deleted).
  const chosenId = chosen?.id ?? null;
  const chosenDocument = useLiveResource<DocumentDetail>(
    chosenId,
    () => call('documents.get', { id: chosenId! }),
    (event) => event.type === 'documents.changed' && chosenId !== null && (event.ids.length === 0 || event.ids.includes(chosenId)),
  );
  const detail = chosenDocument.value ?? null;
  const loadError = chosenDocument.error ? errorText(chosenDocument.error) : null;

  // Offsets belong to the text they were taken from: another document, or this one re-imported, drops them.
  const loadedText = detail?.text;
  useEffect(() => {
    setSpan(null);
    setNotFound(false);
  }, [loadedText]);

  // The found passage is scrolled into view, so the reviewer sees that it is the right one.
  useEffect(() => {
    previewRef.current?.querySelector('mark')?.scrollIntoView({ block: 'nearest' });
  }, [span]);

  const takeSelection = () => {
    const container = previewRef.current;
    if (!container) return;
    const selected = selectionSpanWithin(container, window.getSelection());
    if (selected) {
      setSpan(selected);
      setNotFound(false);
    }
  };

  const find = (value: string) => {
    setTyped(value);
    if (!detail || value.trim().length === 0) {
      setNotFound(false);
      return;
    }
    const found = findPassage(detail.text, value);
    setNotFound(found === null);
    if (found) setSpan(found);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!chosen || !span) return;
    setBusy(true);
    setError(null);
    try {
      onAdded(await call('evidence.addPassage', { claimId, documentId: chosen.id, start: span.start, end: span.end, title, note, stance }));
    } catch (failure) {
      setError(errorText(failure));
    } finally {
      setBusy(false);
    }
  };

  if (!chosen) {
    return (
      <div className="vform" role="group" aria-label="Add a passage">
        <DocumentChooser ownDocumentId={documentId} onChoose={setChosen} />
        <div className="vform__actions">
          <button type="button" className="button button--small" onClick={onCancel}>
            Cancel
          </button>
        </div>
      </div>
    );
  }

  const text = detail?.text ?? '';
  return (
    <form className="vform" aria-label="Add a passage" onSubmit={(event) => void submit(event)} noValidate>
      <div className="vform__chosen">
        <span className="vform__chosen-title">{chosen.title}</span>
        <button type="button" className="text-button" onClick={() => setChosen(null)}>
          Change
        </button>
      </div>
      <FormField label="Find the passage">
        {(id) => (
          <textarea
            id={id}
            className="text-input vform__note"
            rows={2}
            placeholder="Paste or type the words, or select them in the text below"
            value={typed}
            disabled={!detail}
            aria-invalid={notFound ? true : undefined}
            onChange={(event) => find(event.target.value)}
          />
        )}
      </FormField>
      {notFound ? <p className="vform__muted">These words are not in the document.</p> : null}
      <div
        ref={previewRef}
        className="passage-preview"
        role="document"
        aria-label="Document text"
        tabIndex={0}
        dir={detail?.direction}
        onMouseUp={takeSelection}
        onKeyUp={takeSelection}
      >
        {detail ? (
          span ? (
            <>
              {text.slice(0, span.start)}
              <mark className="passage-preview__chosen">{text.slice(span.start, span.end)}</mark>
              {text.slice(span.end)}
            </>
          ) : (
            text
          )
        ) : (
          <span className="vform__muted">Loading the text…</span>
        )}
      </div>
      <p className="vform__selected" aria-live="polite">
        {span ? (
          <>
            Selected: <q>{clip(text.slice(span.start, span.end))}</q>
          </>
        ) : (
          'No passage selected yet.'
        )}
      </p>
      <FormField label="Title" optional>
        {(id) => (
          <input id={id} className="text-input text-input--compact" value={title} onChange={(event) => setTitle(event.target.value)} />
        )}
      </FormField>
      <FormField label="Note" optional>
        {(id) => (
          <textarea id={id} className="text-input vform__note" rows={2} value={note} onChange={(event) => setNote(event.target.value)} />
        )}
      </FormField>
      <FormEnd
        stance={stance}
        onStance={setStance}
        error={error ?? loadError}
        onCancel={onCancel}
        canSubmit={!busy && span !== null}
        submitLabel="Add passage"
      />
    </form>
  );
}

function clip(text: string): string {
  return text.length > 160 ? `${text.slice(0, 159)}…` : text;
}
