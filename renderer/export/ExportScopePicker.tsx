// "What to export" in the export dialog: the place (the open document, claims another view chose,
// the review queue's claims, the whole workbench), which of its claims (all, rated only, Done
// only), and what that comes to, counted by the workbench the way the export will count it.
import { useId } from 'react';

import type { ExportPreview } from '../../core/api/exports.js';
import type { WorkbenchInfo } from '../../core/domain.js';
import { countOf } from '../format.js';
import { type Narrowing, NARROWING_LABELS, NARROWINGS, type QueueExport, type ScopeChoice } from './export-scope.js';

interface ExportScopePickerProps {
  name: string;
  scope: ScopeChoice;
  onScopeChange: (scope: ScopeChoice) => void;
  narrowing: Narrowing;
  onNarrowingChange: (narrowing: Narrowing) => void;
  documentId: string | null;
  document: { title: string; claimCount: number } | null;
  selection: readonly string[] | null;
  queue: QueueExport | null;
  info: WorkbenchInfo | undefined;
  preview: ExportPreview | undefined;
}

export function ExportScopePicker(props: ExportScopePickerProps) {
  const { name, scope, onScopeChange, narrowing, onNarrowingChange, documentId, document, selection, queue, info, preview } = props;
  const narrowingLabel = useId();
  return (
    <>
      <div className="export-scopes">
        <ScopeOption
          name={name}
          checked={scope === 'document'}
          disabled={!documentId}
          onSelect={() => onScopeChange('document')}
          label="This document"
          detail={
            documentId
              ? `${document ? document.title : 'The open document'}${document ? ` · ${countOf(document.claimCount, 'claim')}` : ''}`
              : 'Open a document in the reader to export its report.'
          }
        />
        {selection ? (
          <ScopeOption
            name={name}
            checked={scope === 'selection'}
            onSelect={() => onScopeChange('selection')}
            label="Selected claims"
            detail={`${countOf(selection.length, 'claim')} chosen in the current view`}
          />
        ) : null}
        {queue ? (
          <ScopeOption
            name={name}
            checked={scope === 'queue'}
            onSelect={() => onScopeChange('queue')}
            label="Claims in the review queue"
            detail={`${queue.label || 'No filters'} · ${countOf(queue.count, 'claim')}`}
          />
        ) : null}
        <ScopeOption
          name={name}
          checked={scope === 'workbench'}
          onSelect={() => onScopeChange('workbench')}
          label="Whole workbench"
          detail={
            info
              ? `${info.name} · ${countOf(info.counts.documents, 'document')}, ${countOf(info.counts.claims, 'claim')}`
              : 'Every document and claim'
          }
        />
      </div>
      <div className="export-narrowing">
        <span className="export-narrowing__label" id={narrowingLabel}>
          Which claims
        </span>
        <div className="segmented" role="radiogroup" aria-labelledby={narrowingLabel}>
          {NARROWINGS.map((choice) => (
            <label key={choice} className="segmented__option">
              <input
                type="radio"
                name={`${name}-narrowing`}
                value={choice}
                checked={narrowing === choice}
                onChange={() => onNarrowingChange(choice)}
              />
              <span>{NARROWING_LABELS[choice]}</span>
            </label>
          ))}
        </div>
        {/* Polite, so the count is read out when a choice changes it, without taking the focus. */}
        <p className="export-narrowing__count" aria-live="polite">
          {preview ? countSentence(preview, narrowing) : ''}
        </p>
      </div>
    </>
  );
}

function countSentence(preview: ExportPreview, narrowing: Narrowing): string {
  if (preview.claims === 0) {
    return narrowing === 'all' ? 'No claims to export yet.' : `No ${narrowing === 'done' ? 'Done' : 'rated'} claims here yet.`;
  }
  return `${countOf(preview.claims, 'claim')} from ${countOf(preview.documents, 'document')}`;
}

interface ScopeOptionProps {
  name: string;
  checked: boolean;
  disabled?: boolean;
  onSelect: () => void;
  label: string;
  detail: string;
}

function ScopeOption({ name, checked, disabled = false, onSelect, label, detail }: ScopeOptionProps) {
  const detailId = useId();
  return (
    <label className={`export-option${disabled ? ' export-option--disabled' : ''}`}>
      <input type="radio" name={name} checked={checked} disabled={disabled} onChange={onSelect} aria-describedby={detailId} />
      <span className="export-option__text">
        <span className="export-option__label">{label}</span>
        <span className="export-option__detail" id={detailId} dir="auto">
          {detail}
        </span>
      </span>
    </label>
  );
}
