// "Changes": two versions of the open document side by side in one text — what the newer copy
// added and removed — with the claims whose quoted words it changed, took out or moved. Opens on
// the newest version against the one before it; any two can be chosen.
import { useEffect, useId, useState } from 'react';

import type { DocumentVersion, RevisedClaim } from '../../../core/documents/revisions.js';
import type { DocumentDetail } from '../../../core/domain.js';
import { dispatch } from '../../commands/app-commands.js';
import { Icon } from '../../components/Icon.js';
import { ModalDialog } from '../../components/ModalDialog.js';
import { countOf } from '../../format.js';
import { ClaimChangeList } from './ClaimChangeList.js';
import { changesOnly, wholeText } from './diff-excerpts.js';
import { Added, Removed } from './DiffMarks.js';
import { versionLabel } from './revision-labels.js';
import { RevisionDiff } from './RevisionDiff.js';
import { useDocumentRevision } from './use-revisions.js';

interface ChangesDialogProps {
  open: boolean;
  document: Pick<DocumentDetail, 'id' | 'title' | 'direction' | 'language'>;
  versions: readonly DocumentVersion[];
  onClose: () => void;
}

export function ChangesDialog({ open, document, versions, onClose }: ChangesDialogProps) {
  const fieldId = useId();
  const newest = versions.at(-1)?.number ?? 1;
  const [to, setTo] = useState(newest);
  const [from, setFrom] = useState(newest - 1);
  const [whole, setWhole] = useState(false);
  // A version imported while the dialog is closed is the one to see when it opens again.
  useEffect(() => {
    if (!open) return;
    setTo(newest);
    setFrom(newest - 1);
  }, [open, newest]);

  const revision = useDocumentRevision(open ? document.id : null, from, to);
  const shown = revision.value;

  const openClaim = (change: RevisedClaim) => {
    onClose();
    dispatch('open-claim', { documentId: change.documentId, claimId: change.claimId });
  };

  return (
    <ModalDialog
      open={open}
      title="Changes between versions"
      size="large"
      onClose={onClose}
      onSubmit={onClose}
      footer={
        <button type="submit" className="button button--primary">
          Close
        </button>
      }
    >
      <div className="revision-dialog" aria-busy={revision.loading}>
        <p className="revision-dialog__document" dir="auto">
          {document.title}
        </p>
        <div className="revision-dialog__pickers">
          <VersionPicker
            id={`${fieldId}-from`}
            label="Compare"
            versions={versions.filter((version) => version.number < to)}
            value={from}
            onChange={setFrom}
          />
          <VersionPicker
            id={`${fieldId}-to`}
            label="with"
            versions={versions.filter((version) => version.number > from)}
            value={to}
            onChange={setTo}
          />
        </div>
        {revision.error ? (
          <p className="form-error" role="alert">
            {revision.error.message}
          </p>
        ) : null}
        {shown ? (
          <>
            <section className="revision-dialog__section" aria-labelledby={`${fieldId}-claims`}>
              <h3 id={`${fieldId}-claims`} className="revision-dialog__heading">
                Claims changed · {countOf(shown.changes.length, 'claim')}
              </h3>
              <ClaimChangeList changes={shown.changes} direction={document.direction} onOpen={openClaim} />
            </section>
            <section className="revision-dialog__section" aria-labelledby={`${fieldId}-text`}>
              <div className="revision-dialog__text-head">
                <h3 id={`${fieldId}-text`} className="revision-dialog__heading">
                  Text
                </h3>
                <label className="revision-dialog__whole">
                  <input type="checkbox" checked={whole} onChange={(event) => setWhole(event.target.checked)} />
                  Show the whole text
                </label>
              </div>
              <p className="revision-dialog__legend" id={`${fieldId}-legend`}>
                <Added text="Added" announce={false} /> text is underlined and marked +; <Removed text="removed" announce={false} /> text is
                struck through and marked −.
              </p>
              <RevisionDiff
                pieces={whole ? wholeText(shown.segments) : changesOnly(shown.segments)}
                direction={document.direction}
                language={document.language}
              />
            </section>
          </>
        ) : revision.error ? null : (
          <p className="panel-loading">Comparing the versions…</p>
        )}
      </div>
    </ModalDialog>
  );
}

interface VersionPickerProps {
  id: string;
  label: string;
  versions: readonly DocumentVersion[];
  value: number;
  onChange: (number: number) => void;
}

function VersionPicker({ id, label, versions, value, onChange }: VersionPickerProps) {
  return (
    <div className="revision-dialog__picker">
      <label htmlFor={id}>{label}</label>
      <span className="select-field">
        <select id={id} value={value} onChange={(event) => onChange(Number(event.target.value))}>
          {versions.map((version) => (
            <option key={version.number} value={version.number}>
              {versionLabel(version)}
            </option>
          ))}
        </select>
        <Icon name="chevronDown" size={13} className="select-field__chevron" />
      </span>
    </div>
  );
}
