// Keeping a local file (a screenshot, a PDF report) inside the workbench as evidence.
import { type FormEvent, useState } from 'react';

import type { Evidence, EvidenceStance } from '../../../core/domain.js';
import { MAX_EVIDENCE_FILE_BYTES } from '../../../core/review/evidence-file.js';
import { formatFileSize } from '../../../core/text/file-size.js';
import { call } from '../../api-client.js';
import { encodeBase64 } from '../../import/base64.js';
import { errorText, FormEnd, FormField } from './form-parts.js';

interface AddFileFormProps {
  claimId: string;
  onAdded: (evidence: Evidence) => void;
  onCancel: () => void;
}

export function AddFileForm({ claimId, onAdded, onCancel }: AddFileFormProps) {
  const [file, setFile] = useState<File | null>(null);
  const [title, setTitle] = useState('');
  const [note, setNote] = useState('');
  const [stance, setStance] = useState<EvidenceStance>('context');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const choose = (chosen: File | null) => {
    setError(null);
    if (chosen && chosen.size > MAX_EVIDENCE_FILE_BYTES) {
      setFile(null);
      setError(
        `${chosen.name} is ${formatFileSize(chosen.size)}; a workbench keeps files up to ${formatFileSize(MAX_EVIDENCE_FILE_BYTES)}.`,
      );
      return;
    }
    setFile(chosen);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!file) return;
    setBusy(true);
    setError(null);
    try {
      const dataBase64 = await encodeBase64(new Uint8Array(await file.arrayBuffer()));
      const added = await call('evidence.addFile', {
        claimId,
        name: file.name,
        dataBase64,
        note,
        stance,
        ...(file.type ? { mediaType: file.type } : {}),
        ...(title.trim() ? { title } : {}),
      });
      onAdded(added);
    } catch (failure) {
      setError(errorText(failure));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="vform" aria-label="Add a file" onSubmit={(event) => void submit(event)} noValidate>
      <FormField label="File">
        {(id) => <input id={id} className="vform__file" type="file" onChange={(event) => choose(event.target.files?.[0] ?? null)} />}
      </FormField>
      {file ? (
        <p className="vform__muted">
          {file.name} · {formatFileSize(file.size)}
          {file.type ? ` · ${file.type}` : ''}
        </p>
      ) : null}
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
        error={error}
        onCancel={onCancel}
        canSubmit={!busy && file !== null}
        submitLabel={busy ? 'Attaching…' : 'Attach file'}
      />
    </form>
  );
}
