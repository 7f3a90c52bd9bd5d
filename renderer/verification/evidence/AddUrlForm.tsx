// Recording a web page as evidence. The address is written down, never visited.
import { type FormEvent, useState } from 'react';

import type { Evidence, EvidenceStance } from '../../../core/domain.js';
import { localCalendarDate } from '../../../core/review/calendar-date.js';
import { call } from '../../api-client.js';
import { errorText, FormEnd, FormField } from './form-parts.js';

interface AddUrlFormProps {
  claimId: string;
  onAdded: (evidence: Evidence) => void;
  onCancel: () => void;
}

export function AddUrlForm({ claimId, onAdded, onCancel }: AddUrlFormProps) {
  const [url, setUrl] = useState('');
  const [title, setTitle] = useState('');
  const [accessedAt, setAccessedAt] = useState(() => localCalendarDate(new Date()));
  const [note, setNote] = useState('');
  const [stance, setStance] = useState<EvidenceStance>('context');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const added = await call('evidence.addUrl', {
        claimId,
        url: url.trim(),
        title,
        note,
        stance,
        ...(accessedAt ? { accessedAt } : {}),
      });
      onAdded(added);
    } catch (failure) {
      setError(errorText(failure));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="vform" aria-label="Add a link" onSubmit={(event) => void submit(event)} noValidate>
      <FormField label="Web address">
        {(id) => (
          <input
            id={id}
            className="text-input text-input--compact"
            type="url"
            inputMode="url"
            placeholder="https://"
            value={url}
            required
            autoFocus
            onChange={(event) => setUrl(event.target.value)}
          />
        )}
      </FormField>
      <FormField label="Title" optional>
        {(id) => (
          <input id={id} className="text-input text-input--compact" value={title} onChange={(event) => setTitle(event.target.value)} />
        )}
      </FormField>
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
      <FormField label="Note" optional>
        {(id) => (
          <textarea id={id} className="text-input vform__note" rows={2} value={note} onChange={(event) => setNote(event.target.value)} />
        )}
      </FormField>
      <FormEnd
        stance={stance}
        onStance={setStance}
        error={error}
        onCancel={onCancel}
        canSubmit={!busy && url.trim().length > 0}
        submitLabel="Add link"
      />
    </form>
  );
}
