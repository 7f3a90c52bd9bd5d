// The evidence recorded for a claim, and the three ways to add more: a link, a passage of another
// document, or a file kept in the workbench.
import { useState } from 'react';

import { type Evidence, EVIDENCE_KINDS, type EvidenceKind } from '../../../core/domain.js';
import { EVIDENCE_KIND_LABELS } from '../../../core/vocabulary/evidence-kinds.js';
import { call } from '../../api-client.js';
import { useNotify } from '../../components/Notifications.js';
import { countOf } from '../../format.js';
import { AddFileForm } from './AddFileForm.js';
import { AddPassageForm } from './AddPassageForm.js';
import { AddUrlForm } from './AddUrlForm.js';
import { EditEvidenceForm } from './EditEvidenceForm.js';
import { EvidenceItem } from './EvidenceItem.js';
import { errorText } from './form-parts.js';
import { openEvidenceFile } from './open-evidence-file.js';

type Adding = EvidenceKind | null;

interface EvidenceSectionProps {
  claimId: string;
  documentId: string;
  evidence: Evidence[] | undefined;
  /** Called after any change, so the list and the history are asked again. */
  onChanged: () => void;
}

const ADD_LABELS = EVIDENCE_KINDS.map((kind) => ({ kind, label: EVIDENCE_KIND_LABELS[kind] }));

export function EvidenceSection({ claimId, documentId, evidence, onChanged }: EvidenceSectionProps) {
  const notify = useNotify();
  const [adding, setAdding] = useState<Adding>(null);
  const [editing, setEditing] = useState<string | null>(null);

  const added = () => {
    setAdding(null);
    onChanged();
  };

  const remove = async (item: Evidence) => {
    try {
      await call('evidence.delete', { id: item.id });
      onChanged();
      notify({
        tone: 'info',
        title: 'Evidence removed',
        message: item.title || item.url || item.passage?.quote || item.file?.name || undefined,
        action: {
          label: 'Undo',
          onAction: () => {
            call('evidence.restore', { id: item.id })
              .then(onChanged)
              .catch((error: unknown) => notify({ tone: 'error', title: 'Could not bring the evidence back', message: errorText(error) }));
          },
        },
      });
    } catch (error) {
      notify({ tone: 'error', title: 'Could not remove the evidence', message: errorText(error) });
    }
  };

  const open = (item: Evidence) => {
    openEvidenceFile(item.id).catch((error: unknown) =>
      notify({ tone: 'error', title: 'Could not open the file', message: errorText(error) }),
    );
  };

  return (
    <section className="verification-section" aria-label="Evidence">
      <header className="verification-section__header">
        <h3 className="verification-section__title">Evidence</h3>
        <span className="verification-section__count">{evidence ? countOf(evidence.length, 'item') : ''}</span>
      </header>
      {evidence && evidence.length === 0 && adding === null ? (
        <p className="verification-empty">No evidence yet. Add a link, a passage of another document or a file.</p>
      ) : null}
      <div className="evidence-list">
        {evidence?.map((item) =>
          editing === item.id ? (
            <EditEvidenceForm
              key={item.id}
              evidence={item}
              onCancel={() => setEditing(null)}
              onSaved={() => {
                setEditing(null);
                onChanged();
              }}
            />
          ) : (
            <EvidenceItem
              key={item.id}
              evidence={item}
              onEdit={() => setEditing(item.id)}
              onDelete={() => void remove(item)}
              onOpenFile={() => open(item)}
            />
          ),
        )}
      </div>
      {adding === 'url' ? <AddUrlForm claimId={claimId} onAdded={added} onCancel={() => setAdding(null)} /> : null}
      {adding === 'passage' ? (
        <AddPassageForm claimId={claimId} documentId={documentId} onAdded={added} onCancel={() => setAdding(null)} />
      ) : null}
      {adding === 'file' ? <AddFileForm claimId={claimId} onAdded={added} onCancel={() => setAdding(null)} /> : null}
      {adding === null ? (
        <div className="evidence-add" role="group" aria-label="Add evidence">
          <span className="evidence-add__label">Add</span>
          {ADD_LABELS.map(({ kind, label }) => (
            <button
              key={kind}
              type="button"
              className="button button--small"
              aria-label={`Add ${label.toLowerCase()}`}
              onClick={() => setAdding(kind)}
            >
              {label}
            </button>
          ))}
        </div>
      ) : null}
    </section>
  );
}
