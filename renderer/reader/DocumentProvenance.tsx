// Where each detected detail of a document came from, with the guesses marked: a date the text
// merely mentions, a title taken from the file name. One click keeps a guess or clears it.
import { useState } from 'react';

import { type DocumentDetail, isGuessed, PROVENANCE_FIELDS, type ProvenanceField } from '../../core/domain.js';
import { FIELD_LABELS, ORIGIN_LABELS } from '../../core/metadata/provenance.js';
import { call } from '../api-client.js';
import { useNotify } from '../components/Notifications.js';
import { errorText } from '../verification/evidence/form-parts.js';

/** "guessed" beside a value nobody confirmed; nothing for a value the page stated. */
export function GuessMark({ document, field }: { document: Pick<DocumentDetail, 'provenance'>; field: ProvenanceField }) {
  if (!isGuessed(document.provenance, field)) return null;
  const origin = document.provenance[field]!.origin;
  return (
    <span className="guess-mark" title={`Taken from ${ORIGIN_LABELS[origin]}: a guess until someone confirms it.`}>
      guessed
    </span>
  );
}

export function DocumentProvenance({ document, onChanged }: { document: DocumentDetail; onChanged: (document: DocumentDetail) => void }) {
  const notify = useNotify();
  const [busy, setBusy] = useState<ProvenanceField | null>(null);
  const fields = PROVENANCE_FIELDS.filter((field) => document.provenance[field] && document[field] !== null);
  if (fields.length === 0) return null;

  const act = async (field: ProvenanceField, keep: boolean) => {
    setBusy(field);
    try {
      const changed = keep
        ? await call('documents.confirmField', { id: document.id, field })
        : await call('documents.update', { id: document.id, patch: { [field]: null } });
      onChanged(changed);
    } catch (error) {
      notify({ tone: 'error', title: 'The change was not saved', message: errorText(error) });
    } finally {
      setBusy(null);
    }
  };

  return (
    <ul className="doc-provenance">
      {fields.map((field) => {
        const { origin, confirmed } = document.provenance[field]!;
        const guessed = isGuessed(document.provenance, field);
        return (
          <li key={field} className={guessed ? 'doc-provenance__item is-guessed' : 'doc-provenance__item'}>
            <span className="doc-provenance__field">{FIELD_LABELS[field]}</span>{' '}
            <span className="doc-provenance__origin">
              from {ORIGIN_LABELS[origin]}
              {confirmed && origin !== 'reviewer' ? ', confirmed' : ''}
            </span>
            {guessed ? (
              <span className="doc-provenance__actions">
                <span className="guess-mark">guessed</span>
                <button type="button" className="button button--small" disabled={busy !== null} onClick={() => void act(field, true)}>
                  Keep
                </button>
                {field !== 'title' ? (
                  <button type="button" className="button button--small" disabled={busy !== null} onClick={() => void act(field, false)}>
                    Clear
                  </button>
                ) : null}
              </span>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
