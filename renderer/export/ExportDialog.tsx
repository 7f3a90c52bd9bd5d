// The export dialog: what to export (the open document, a selection of claims, the review queue's
// claims, the whole workbench; all of them, rated only or Done only), in which format, with which
// options, under which title; then the run with its progress and Cancel, and the file handed to
// the reviewer the way the host allows. The choices are remembered for the next export.
import { useEffect, useId, useState } from 'react';

import type { ExportPreview, ExportScope } from '../../core/api/exports.js';
import type { HostCapabilities } from '../../core/api/host.js';
import type { Settings, WorkbenchInfo } from '../../core/domain.js';
import { claimReviewSetupProblems } from '../../core/reports/claim-review.js';
import { asClientError, call, type HostKind, hostKind } from '../api-client.js';
import { Icon } from '../components/Icon.js';
import { ModalDialog } from '../components/ModalDialog.js';
import type { Notice } from '../components/Notifications.js';
import { useLiveResource } from '../use-live-resource.js';
import { ClaimReviewReadiness } from './ClaimReviewReadiness.js';
import { downloadInBrowser, downloadPdfInBrowser, openReportInBrowser, printInBrowser, saveInDesktop } from './deliver-export.js';
import { type ExportChoice, offersHistory, offersRevisionNotes, publishesClaimReview, renderedFormat } from './export-formats.js';
import type { ExportPreferences } from './export-preferences.js';
import { exportScopeFor, type QueueExport, type ScopeChoice } from './export-scope.js';
import { ExportFormatPicker } from './ExportFormatPicker.js';
import { ExportProgressBar } from './ExportProgressBar.js';
import { ExportScopePicker } from './ExportScopePicker.js';
import { useExportRun } from './use-export-run.js';

export type { ExportPreferences } from './export-preferences.js';

interface ExportDialogProps {
  open: boolean;
  /** The document open in the reader, if any. */
  documentId: string | null;
  /** Claims another view asked to export, if any. */
  selection: string[] | null;
  /** The review queue's filters, when the queue asked to export its claims. */
  queue?: QueueExport | null;
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

/** Where the dialog opens: what the opener asked for, else the place exported last time when it is there, else the open document. */
function initialScope(props: ExportDialogProps): ScopeChoice {
  if (props.selection) return 'selection';
  if (props.queue) return 'queue';
  const remembered = props.preferences.scope;
  if (remembered === 'workbench' || (remembered === 'document' && props.documentId)) return remembered;
  return props.documentId ? 'document' : 'workbench';
}

export function ExportDialog(props: ExportDialogProps) {
  const { open, documentId, selection, info, preferences, onPreferencesChange, onDelivered, onClose } = props;
  const queue = props.queue ?? null;
  const host = hostKind();
  const fieldId = useId();
  const document = useOpenDocument(open ? documentId : null);
  const [scopeChoice, setScopeChoice] = useState<ScopeChoice>(() => initialScope(props));
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const run = useExportRun();
  const busy = run.state.running || saving;
  const { choice, bom, history, revisionNotes, narrowing, title } = preferences;
  const change = (patch: Partial<ExportPreferences>) => onPreferencesChange({ ...preferences, ...patch });

  // The document may close (deleted in another window) while the dialog is open.
  const documentGone = scopeChoice === 'document' && documentId === null;
  useEffect(() => {
    if (documentGone) setScopeChoice('workbench');
  }, [documentGone]);

  const scope = exportScopeFor(scopeChoice, narrowing, { documentId, selection, queue });
  const preview = useExportPreview(open ? scope : null);
  const settings = useLiveResource<Settings>(open ? 'settings' : null, () => call('settings.get'), ['settings.changed']);
  const capabilities = useHostCapabilities(open && host === 'browser');
  const pdfDownload = capabilities?.pdfDownload ?? false;

  const claimReview = publishesClaimReview(choice);
  const setupProblems =
    claimReview && settings.value
      ? claimReviewSetupProblems({
          name: settings.value.organizationName,
          url: settings.value.organizationUrl,
          reviewUrlPattern: settings.value.reviewUrlPattern,
        })
      : [];
  // A ClaimReview the workbench would refuse is not started; the panel above the button says why.
  const claimReviewBlocked = claimReview && (setupProblems.length > 0 || preview?.publishable === 0);
  const canExport = scope !== null && !busy && !claimReviewBlocked;

  const chooseScope = (next: ScopeChoice) => {
    setScopeChoice(next);
    change({ scope: next });
  };

  const cancelExport = () => {
    run.cancel();
    setNotice('Export cancelled. Nothing was saved.');
  };

  const close = () => {
    if (run.state.running) run.cancel();
    onClose();
  };

  const exportAndDeliver = async (delivery: Delivery) => {
    if (!scope || !canExport) return;
    setError(null);
    setNotice(null);
    const trimmed = title.trim();
    const options = {
      scope,
      ...(trimmed ? { title: trimmed } : {}),
      ...(offersHistory(choice) && history ? { history: true } : {}),
      // The notes are on unless turned off, so only their absence needs saying.
      ...(offersRevisionNotes(choice) && !revisionNotes ? { revisionNotes: false } : {}),
    };
    // Remembered as chosen, whatever happens to this run.
    if (preferences.scope !== scopeChoice) change({ scope: scopeChoice });
    try {
      if (host === 'browser' && choice === 'pdf' && pdfDownload) {
        const pdf = await run.startPdf(options);
        // Cancelled: cancelExport has said so already.
        if (!pdf) return;
        downloadPdfInBrowser(pdf);
        onDelivered({ tone: 'info', title: 'PDF downloaded', message: pdf.fileName });
        onClose();
        return;
      }
      const file = await run.start({ ...options, format: renderedFormat(choice), ...(choice === 'csv' ? { bom } : {}) });
      if (!file) return;
      const told = file.notices?.length ? ` ${file.notices.join(' ')}` : '';
      if (host === 'desktop') {
        setSaving(true);
        const path = await saveInDesktop(file, choice === 'pdf');
        if (!path) {
          setNotice('Not saved: the save dialog was closed.');
          return;
        }
        onDelivered({ tone: 'info', title: choice === 'pdf' ? 'PDF saved' : 'Export saved', message: `Saved to ${path}${told}` });
      } else if (choice === 'pdf') {
        printInBrowser(file.content);
        onDelivered({ tone: 'info', title: 'Report opened for printing', message: 'Choose “Save as PDF” as the printer.' });
      } else if (delivery === 'open') {
        openReportInBrowser(file.content);
        onDelivered({ tone: 'info', title: 'Report opened in a new tab' });
      } else {
        downloadInBrowser(file);
        onDelivered({ tone: 'info', title: 'Export downloaded', message: `${file.fileName}${told}` });
      }
      onClose();
    } catch (failure) {
      setError(asClientError(failure).message);
    } finally {
      setSaving(false);
    }
  };

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
              <button type="button" className="button" disabled={!canExport} onClick={() => void exportAndDeliver('open')}>
                Open report
              </button>
            ) : null}
            <button type="submit" className="button button--primary" disabled={!canExport}>
              <Icon name={choice === 'pdf' && host === 'browser' && !pdfDownload ? 'document' : 'import'} size={15} />
              {primaryLabel(host, choice, saving, pdfDownload)}
            </button>
          </>
        )
      }
    >
      <div className="export-dialog">
        <fieldset className="export-section" disabled={busy}>
          <legend className="export-section__title">What to export</legend>
          <ExportScopePicker
            name={`${fieldId}-scope`}
            scope={scopeChoice}
            onScopeChange={chooseScope}
            narrowing={narrowing}
            onNarrowingChange={(next) => change({ narrowing: next })}
            documentId={documentId}
            document={document}
            selection={selection}
            queue={queue}
            info={info}
            preview={preview}
          />
        </fieldset>

        <fieldset className="export-section" disabled={busy}>
          <legend className="export-section__title">Format</legend>
          <ExportFormatPicker name={`${fieldId}-format`} value={choice} onChange={(next) => change({ choice: next })} />
          {choice === 'csv' ? (
            <label className="export-check">
              <input type="checkbox" checked={bom} onChange={(event) => change({ bom: event.target.checked })} />
              <span>
                Add byte-order mark for Excel
                <span className="export-check__help">Excel then reads accented, Cyrillic and Arabic text correctly.</span>
              </span>
            </label>
          ) : null}
          {offersHistory(choice) ? (
            <label className="export-check">
              <input type="checkbox" checked={history} onChange={(event) => change({ history: event.target.checked })} />
              <span>
                Include the audit history
                <span className="export-check__help">
                  Who changed each claim and when: the desk’s own record. Leave it out of reports you publish.
                </span>
              </span>
            </label>
          ) : null}
          {offersRevisionNotes(choice) ? (
            <label className="export-check">
              <input type="checkbox" checked={revisionNotes} onChange={(event) => change({ revisionNotes: event.target.checked })} />
              <span>
                Note claims changed after publication
                <span className="export-check__help">
                  Beside each claim whose quoted words a later version of the article reworded, took out or moved, with both wordings.
                </span>
              </span>
            </label>
          ) : null}
          {claimReview ? <ClaimReviewReadiness problems={setupProblems} preview={preview} /> : null}
          {choice === 'pdf' && host === 'browser' ? (
            <p className="form-notice export-note">
              <Icon name="alert" size={15} />
              <span>
                {pdfDownload
                  ? 'The report is printed to PDF on the computer serving this workbench and downloaded.'
                  : 'Your browser’s print dialog opens; choose Save as PDF.'}
              </span>
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
              placeholder={scopeChoice === 'document' && document ? document.title : 'e.g. Verification report, week 47'}
              aria-describedby={`${fieldId}-title-help`}
              onChange={(event) => change({ title: event.target.value })}
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

function primaryLabel(host: HostKind, choice: ExportChoice, saving: boolean, pdfDownload: boolean): string {
  if (host === 'desktop') {
    if (saving) return 'Saving…';
    return choice === 'pdf' ? 'Save PDF…' : 'Save…';
  }
  if (choice === 'pdf') return pdfDownload ? 'Download PDF' : 'Print to PDF…';
  return 'Download';
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

/** What the scope would export, counted again whenever claims, documents or the scale change. */
function useExportPreview(scope: ExportScope | null): ExportPreview | undefined {
  const preview = useLiveResource<ExportPreview>(
    scope ? JSON.stringify(scope) : null,
    () => call('exports.preview', { scope: scope! }),
    ['claims.changed', 'documents.changed', 'ratings.changed', 'sources.changed'],
    { keepPrevious: true },
  );
  return preview.value;
}

/** Whether the browser host prints PDFs itself; asked once per dialog, and treated as no until it answers. */
function useHostCapabilities(ask: boolean): HostCapabilities | undefined {
  return useLiveResource<HostCapabilities>(ask ? 'host.capabilities' : null, () => call('host.capabilities'), []).value;
}
