// The export dialog: what to export (the open document, a selection of claims, the whole
// workbench), in which format, under which title; then the run with its progress and Cancel, and
// the file handed to the reviewer the way the host allows.
import { useEffect, useId, useState } from 'react';

import type { ExportScope } from '../../core/api/exports.js';
import type { WorkbenchInfo } from '../../core/domain.js';
import { asClientError, call, type HostKind, hostKind } from '../api-client.js';
import { Icon } from '../components/Icon.js';
import { ModalDialog } from '../components/ModalDialog.js';
import type { Notice } from '../components/Notifications.js';
import { countOf } from '../format.js';
import { useLiveResource } from '../use-live-resource.js';
import { downloadInBrowser, openReportInBrowser, printInBrowser, saveInDesktop } from './deliver-export.js';
import { type ExportChoice, renderedFormat } from './export-formats.js';
import { ExportFormatPicker } from './ExportFormatPicker.js';
import { ExportProgressBar } from './ExportProgressBar.js';
type ScopeKind = ExportScope['kind'];
import { useExportRun } from './use-export-run.js';

export interface ExportPreferences {
  choice: ExportChoice;
  bom: boolean;
}

interface ExportDialogProps {
  open: boolean;
  /** The document open in the reader, if any. */
  documentId: string | null;
  /** Claims another view asked to export, if any. */
  selection: string[] | null;
  info: WorkbenchInfo | undefined;
  preferences: ExportPreferences;
  onPreferencesChange: (preferences: ExportPreferences) => void;
  onDelivered: (notice: Notice) => void;
  onClose: () => void;
}

interface OpenDocument {
  id: string;
  title: string;
  claimCount: number;
}

type Delivery = 'deliver' | 'open';

const MAX_TITLE_LENGTH = 300;

export function ExportDialog(props: ExportDialogProps) {
  const { open, documentId, selection, info, preferences, onPreferencesChange, onDelivered, onClose } = props;
  const host = hostKind();
  const fieldId = useId();
  const document = useOpenDocument(open ? documentId : null);
  const [scopeKind, setScopeKind] = useState<ScopeKind>(selection ? 'selection' : documentId ? 'document' : 'workbench');
  const [title, setTitle] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const run = useExportRun();
  const busy = run.state.running || saving;
  const { choice, bom } = preferences;

  // The document may close (deleted in another window) while the dialog is open.
  const documentGone = scopeKind === 'document' && documentId === null;
  useEffect(() => {
    if (documentGone) setScopeKind('workbench');
  }, [documentGone]);

  const scope = ((): ExportScope | null => {
    if (scopeKind === 'selection') return selection ? { kind: 'selection', claimIds: selection } : null;
    if (scopeKind === 'document') return documentId ? { kind: 'document', documentId } : null;
    return { kind: 'workbench' };
  })();

  const cancelExport = () => {
    run.cancel();
    setNotice('Export cancelled. Nothing was saved.');
  };

  const close = () => {
    if (run.state.running) run.cancel();
    onClose();
  };

  const exportAndDeliver = async (delivery: Delivery) => {
    if (!scope || busy) return;
    setError(null);
    setNotice(null);
    const trimmed = title.trim();
    let file;
    try {
      file = await run.start({
        scope,
        format: renderedFormat(choice),
        ...(choice === 'csv' ? { bom } : {}),
        ...(trimmed ? { title: trimmed } : {}),
      });
    } catch (failure) {
      setError(asClientError(failure).message);
      return;
    }
    // Cancelled: cancelExport has said so already.
    if (!file) return;
    try {
      if (host === 'desktop') {
        setSaving(true);
        const path = await saveInDesktop(file, choice === 'pdf');
        if (!path) {
          setNotice('Not saved: the save dialog was closed.');
          return;
        }
        onDelivered({ tone: 'info', title: choice === 'pdf' ? 'PDF saved' : 'Export saved', message: `Saved to ${path}` });
      } else if (choice === 'pdf') {
        printInBrowser(file.content);
        onDelivered({ tone: 'info', title: 'Report opened for printing', message: 'Choose “Save as PDF” as the printer.' });
      } else if (delivery === 'open') {
        openReportInBrowser(file.content);
        onDelivered({ tone: 'info', title: 'Report opened in a new tab' });
      } else {
        downloadInBrowser(file);
        onDelivered({ tone: 'info', title: 'Export downloaded', message: file.fileName });
      }
      onClose();
    } catch (failure) {
      setError(asClientError(failure).message);
    } finally {
      setSaving(false);
    }
  };

  const documentLabel = document ? document.title : 'The open document';
  const selectionCount = selection?.length ?? 0;

  return (
    <ModalDialog
      open={open}
      title="Export"
      size="large"
      onClose={close}
      onSubmit={() => void exportAndDeliver('deliver')}
      footer={
        run.state.running ? (
          <>
            <ExportProgressBar progress={run.state.progress} />
            <button type="button" className="button" onClick={cancelExport}>
              Cancel export
            </button>
          </>
        ) : (
          <>
            <button type="button" className="button" onClick={close} disabled={saving}>
              Close
            </button>
            <span className="export-dialog__spacer" />
            {host === 'browser' && choice === 'html' ? (
              <button type="button" className="button" disabled={!scope || busy} onClick={() => void exportAndDeliver('open')}>
                Open report
              </button>
            ) : null}
            <button type="submit" className="button button--primary" disabled={!scope || busy}>
              <Icon name={choice === 'pdf' && host === 'browser' ? 'document' : 'import'} size={15} />
              {primaryLabel(host, choice, saving)}
            </button>
          </>
        )
      }
    >
      <div className="export-dialog">
        <fieldset className="export-section" disabled={busy}>
          <legend className="export-section__title">What to export</legend>
          <div className="export-scopes">
            <ScopeOption
              name={`${fieldId}-scope`}
              checked={scopeKind === 'document'}
              disabled={!documentId}
              onSelect={() => setScopeKind('document')}
              label="This document"
              detail={
                documentId
                  ? `${documentLabel}${document ? ` · ${countOf(document.claimCount, 'claim')}` : ''}`
                  : 'Open a document in the reader to export its report.'
              }
            />
            {selection ? (
              <ScopeOption
                name={`${fieldId}-scope`}
                checked={scopeKind === 'selection'}
                onSelect={() => setScopeKind('selection')}
                label="Selected claims"
                detail={`${countOf(selectionCount, 'claim')} chosen in the current view`}
              />
            ) : null}
            <ScopeOption
              name={`${fieldId}-scope`}
              checked={scopeKind === 'workbench'}
              onSelect={() => setScopeKind('workbench')}
              label="Whole workbench"
              detail={
                info
                  ? `${info.name} · ${countOf(info.counts.documents, 'document')}, ${countOf(info.counts.claims, 'claim')}`
                  : 'Every document and claim'
              }
            />
          </div>
        </fieldset>

        <fieldset className="export-section" disabled={busy}>
          <legend className="export-section__title">Format</legend>
          <ExportFormatPicker
            name={`${fieldId}-format`}
            value={choice}
            onChange={(next) => onPreferencesChange({ ...preferences, choice: next })}
          />
          {choice === 'csv' ? (
            <label className="export-check">
              <input
                type="checkbox"
                checked={bom}
                onChange={(event) => onPreferencesChange({ ...preferences, bom: event.target.checked })}
              />
              <span>
                Add byte-order mark for Excel
                <span className="export-check__help">Excel then reads accented, Cyrillic and Arabic text correctly.</span>
              </span>
            </label>
          ) : null}
          {choice === 'pdf' && host === 'browser' ? (
            <p className="form-notice export-note">
              <Icon name="alert" size={15} />
              <span>Your browser’s print dialog opens; choose Save as PDF.</span>
            </p>
          ) : null}
        </fieldset>

        <fieldset className="export-section" disabled={busy}>
          <div className="setting setting--grow">
            <label className="setting__label" htmlFor={`${fieldId}-title`}>
              Report title <span className="setting__optional">(optional)</span>
            </label>
            <input
              id={`${fieldId}-title`}
              className="text-input"
              value={title}
              maxLength={MAX_TITLE_LENGTH}
              placeholder={scopeKind === 'document' && document ? document.title : 'e.g. Verification report, week 47'}
              aria-describedby={`${fieldId}-title-help`}
              onChange={(event) => setTitle(event.target.value)}
            />
            <p className="setting__help" id={`${fieldId}-title-help`}>
              Printed at the top of the report and used in the file name. Left empty, the document or workbench name is used.
            </p>
          </div>
        </fieldset>

        {notice ? (
          <p className="form-notice" role="status">
            <Icon name="alert" size={15} />
            <span>{notice}</span>
          </p>
        ) : null}
        {error ? (
          <p className="form-error" role="alert">
            <Icon name="alert" />
            <span>
              <strong>The export did not finish.</strong> {error}
            </span>
          </p>
        ) : null}
      </div>
    </ModalDialog>
  );
}

function primaryLabel(host: HostKind, choice: ExportChoice, saving: boolean): string {
  if (host === 'desktop') {
    if (saving) return 'Saving…';
    return choice === 'pdf' ? 'Save PDF…' : 'Save…';
  }
  return choice === 'pdf' ? 'Print to PDF…' : 'Download';
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

/**
 * The title and claim count of the open document, fetched when the dialog opens and again when the
 * document is edited or its claims change. Without the title the option still works, so a failed
 * request shows nothing; the export itself reports a real problem.
 */
function useOpenDocument(documentId: string | null): OpenDocument | null {
  const document = useLiveResource<OpenDocument>(
    documentId,
    async () => {
      const detail = await call('documents.get', { id: documentId! });
      return { id: detail.id, title: detail.title, claimCount: detail.claimCount };
    },
    (event) =>
      documentId !== null &&
      ((event.type === 'documents.changed' && (event.ids.length === 0 || event.ids.includes(documentId))) ||
        (event.type === 'claims.changed' && event.documentId === documentId)),
  );
  return document.value ?? null;
}
