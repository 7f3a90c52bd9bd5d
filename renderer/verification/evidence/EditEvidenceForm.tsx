// Correcting what was recorded about a piece of evidence. A link's address and access date can be
// fixed too; a passage's span and a file's bytes stay as they were attached.
import { type FormEvent, useState } from 'react';

import type { Evidence, EvidenceStance } from '../../../core/domain.js';
import { call } from '../../api-client.js';
import { errorText, FormEnd, FormField } from './form-parts.js';

interface EditEvidenceFormProps {
  evidence: Evidence;
  onSaved: (evidence: Evidence) => void;
  onCancel: () => void;
}

export function EditEvidenceForm({ evidence, onSaved, onCancel }: EditEvidenceFormProps) {
  const [title, setTitle] = useState(evidence.title);
  const [url, setUrl] = useState(evidence.url ?? '');
  const [accessedAt, setAccessedAt] = useState(evidence.accessedAt ?? '');
  const [note, setNote] = useState(evidence.note);
  const [stance, setStance] = useState<EvidenceStance>(evidence.stance);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const isLink = evidence.kind === 'url';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const patch = {
        title,
        note,
        stance,
        ...(isLink ? { url: url.trim(), accessedAt: accessedAt || null } : {}),
      };
      onSaved(await call('evidence.update', { id: evidence.id, patch }));
    } catch (failure) {
      setError(errorText(failure));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="vform vform--inline" aria-label="Edit evidence" onSubmit={(event) => void submit(event)} noValidate>
      {isLink ? (
        <FormField label="Web address">
          {(id) => (
            <input
              id={id}
              className="text-input text-input--compact"
              type="url"
              value={url}
              onChange={(event) => setUrl(event.target.value)}
            />
          )}
        </FormField>
      ) : null}
      <FormField label="Title">
        {(id) => (
          <input
            id={id}
            className="text-input text-input--compact"
            value={title}
            autoFocus
            onChange={(event) => setTitle(event.target.value)}
          />
        )}
      </FormField>
      {isLink ? (
        <FormField label="Accessed on">
          {(id) => (
            <input
              id={id}
              className="text-input text-input--compact"
              type="date"
              value={accessedAt}
              onChange={(event) => setAccessedAt(event.target.value)}
            />
          )}
        </FormField>
      ) : null}
      <FormField label="Note">
        {(id) => (
          <textarea id={id} className="text-input vform__note" rows={2} value={note} onChange={(event) => setNote(event.target.value)} />
        )}
      </FormField>
      <FormEnd stance={stance} onStance={setStance} error={error} onCancel={onCancel} canSubmit={!busy} submitLabel="Save" />
    </form>
  );
}
