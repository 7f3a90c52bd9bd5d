// The import tray at the foot of the library: live progress while files are sent, then a summary
// of what happened to each one that stays until the reviewer dismisses it.
import { useId, useState } from 'react';

import { Icon } from '../components/Icon.js';
import { formatNumber } from '../format.js';
import { useImportActions } from './import-context.js';
import { type ImportRun, isActive, runFraction, summaryCounts, summaryHeadline } from './import-run.js';
import { baseName } from './importable-files.js';

export function ImportPanel({ onOpenDocument }: { onOpenDocument: (id: string) => void }) {
  const { run, cancel, dismiss } = useImportActions();
  if (!run) return null;
  return isActive(run) ? (
    <ImportProgress run={run} onCancel={cancel} />
  ) : (
    <ImportSummary run={run} onDismiss={dismiss} onOpenDocument={onOpenDocument} />
  );
}

function ImportProgress({ run, onCancel }: { run: ImportRun; onCancel: () => void }) {
  const titleId = useId();
  const position = Math.min(run.processed + 1, run.total);
  const cancelling = run.state === 'cancelling';
  return (
    <section className="import-panel" aria-labelledby={titleId} aria-busy="true">
      <div className="import-panel__head">
        <h3 id={titleId} className="import-panel__title">
          {cancelling ? 'Stopping after this file…' : 'Importing'}
        </h3>
        <span className="import-panel__count" aria-live="polite">
          {formatNumber(position)} of {formatNumber(run.total)}
        </span>
        <button type="button" className="button button--small" onClick={onCancel} disabled={cancelling}>
          Cancel
        </button>
      </div>
      <div
        className="meter"
        role="progressbar"
        aria-label="Import progress"
        aria-valuemin={0}
        aria-valuemax={run.total}
        aria-valuenow={run.processed}
        aria-valuetext={`${run.processed} of ${run.total} files`}
      >
        <span className="meter__fill" style={{ width: `${Math.round(runFraction(run) * 100)}%` }} />
      </div>
      <p className="import-panel__file" title={run.current ?? undefined}>
        {run.current ? baseName(run.current) : 'Preparing…'}
      </p>
      <ul className="import-tally" aria-label="Imported so far">
        <li>
          <span className="import-tally__dot import-tally__dot--ok" aria-hidden="true" />
          {formatNumber(run.imported.length)} imported
        </li>
        <li>
          <span className="import-tally__dot import-tally__dot--duplicate" aria-hidden="true" />
          {formatNumber(run.duplicates.length)} {run.duplicates.length === 1 ? 'duplicate' : 'duplicates'}
        </li>
        <li>
          <span className="import-tally__dot import-tally__dot--failed" aria-hidden="true" />
          {formatNumber(run.failed.length)} failed
        </li>
      </ul>
    </section>
  );
}

interface ImportSummaryProps {
  run: ImportRun;
  onDismiss: () => void;
  onOpenDocument: (id: string) => void;
}

function ImportSummary({ run, onDismiss, onOpenDocument }: ImportSummaryProps) {
  const titleId = useId();
  const problems = run.failed.length > 0;
  const [showImported, setShowImported] = useState(false);
  const tone = problems ? 'problem' : run.state === 'cancelled' ? 'neutral' : 'ok';
  return (
    <section className={`import-panel import-panel--${tone}`} aria-labelledby={titleId}>
      <div className="import-panel__head">
        <h3 id={titleId} className="import-panel__title import-panel__title--summary">
          <Icon name={problems ? 'alert' : 'check'} size={15} className="import-panel__icon" />
          {summaryHeadline(run)}
        </h3>
        <button type="button" className="icon-button icon-button--small" aria-label="Dismiss import summary" onClick={onDismiss}>
          <Icon name="close" size={14} />
        </button>
      </div>
      <p className="import-panel__counts" role="status">
        {summaryCounts(run).join(' · ')}
      </p>
      {run.skipped > 0 ? (
        <p className="import-panel__note">
          {formatNumber(run.skipped)} {run.skipped === 1 ? 'file was' : 'files were'} skipped inside folders: hidden, or not a document
          format.
        </p>
      ) : null}
      <div className="import-panel__details">
        {run.failed.length > 0 ? (
          <>
            <h4 className="import-panel__section">Failed</h4>
            <ul className="import-outcomes" aria-label="Files that failed">
              {run.failed.map((failure, index) => (
                <li key={`${failure.file}-${index}`} className="import-outcome import-outcome--failed">
                  <span className="import-outcome__file">{failure.file}</span>
                  <span className="import-outcome__reason">{failure.reason}</span>
                </li>
              ))}
            </ul>
          </>
        ) : null}
        {run.duplicates.length > 0 ? (
          <>
            <h4 className="import-panel__section">Already in the workbench</h4>
            <ul className="import-outcomes" aria-label="Duplicates skipped">
              {run.duplicates.map((duplicate, index) => (
                <li key={`${duplicate.file}-${index}`} className="import-outcome">
                  <span className="import-outcome__file">{duplicate.file}</span>
                  <span className="import-outcome__reason">
                    Same text as{' '}
                    <button type="button" className="link-button" onClick={() => onOpenDocument(duplicate.existingId)}>
                      {duplicate.title}
                    </button>
                  </span>
                </li>
              ))}
            </ul>
          </>
        ) : null}
        {run.imported.length > 0 ? (
          <>
            <button
              type="button"
              className="import-panel__disclosure"
              aria-expanded={showImported}
              onClick={() => setShowImported((shown) => !shown)}
            >
              <Icon name={showImported ? 'chevronDown' : 'chevronRight'} size={13} />
              Imported documents
            </button>
            {showImported ? (
              <ul className="import-outcomes" aria-label="Imported documents">
                {run.imported.map((document) => (
                  <li key={document.id} className="import-outcome">
                    <button type="button" className="link-button" onClick={() => onOpenDocument(document.id)}>
                      {document.title}
                    </button>
                    <span className="import-outcome__reason">{document.file}</span>
                  </li>
                ))}
              </ul>
            ) : null}
          </>
        ) : null}
      </div>
      <div className="import-panel__actions">
        <button type="button" className="button button--small" onClick={onDismiss}>
          Done
        </button>
      </div>
    </section>
  );
}
