// What a bundle import did, kind by kind: how many records were new, how many replaced an older
// version here, and how many were already here. A refused bundle says why, and that nothing changed.
import { useId } from 'react';

import { Icon } from '../components/Icon.js';
import { ModalDialog } from '../components/ModalDialog.js';
import { formatNumber } from '../format.js';
import { describeMerge } from './merge-summary.js';
import type { BundleImportState } from './use-bundle-import.js';

interface BundleImportDialogProps {
  state: BundleImportState | null;
  onClose: () => void;
  onImportAnother: () => void;
}

const TITLES: Record<BundleImportState['phase'], string> = {
  merging: 'Importing bundle',
  done: 'Bundle imported',
  failed: 'Bundle not imported',
};

export function BundleImportDialog({ state, onClose, onImportAnother }: BundleImportDialogProps) {
  const headlineId = useId();
  return (
    <ModalDialog
      open={state !== null}
      title={state ? TITLES[state.phase] : ''}
      size="medium"
      role={state?.phase === 'failed' ? 'alertdialog' : 'dialog'}
      describedBy={headlineId}
      onClose={onClose}
      onSubmit={onClose}
      footer={
        state?.phase === 'merging' ? (
          <button type="button" className="button" disabled>
            Importing…
          </button>
        ) : (
          <>
            <button type="button" className="button" onClick={onImportAnother}>
              Import another…
            </button>
            <button type="submit" className="button button--primary">
              Done
            </button>
          </>
        )
      }
    >
      {state ? <BundleImportBody state={state} headlineId={headlineId} /> : null}
    </ModalDialog>
  );
}

function BundleImportBody({ state, headlineId }: { state: BundleImportState; headlineId: string }) {
  const file = (
    <p className="bundle-file">
      <Icon name="document" size={15} />
      <span className="bundle-file__name" title={state.fileName}>
        {state.fileName}
      </span>
    </p>
  );

  if (state.phase === 'merging') {
    return (
      <div className="bundle-import">
        {file}
        <div className="export-progress">
          <div
            className="export-progress__track export-progress__track--indeterminate"
            role="progressbar"
            aria-label="Bundle import progress"
            aria-valuetext="Merging"
          >
            <span className="export-progress__fill" />
          </div>
          <p className="export-progress__label" id={headlineId}>
            Merging the bundle into the workbench…
          </p>
        </div>
      </div>
    );
  }

  if (state.phase === 'failed') {
    return (
      <div className="bundle-import">
        {file}
        <p className="form-error" id={headlineId}>
          <Icon name="alert" />
          <span>{state.message}</span>
        </p>
        <p className="setting__help">Nothing in the workbench was changed.</p>
      </div>
    );
  }

  const view = describeMerge(state.summary);
  return (
    <div className="bundle-import">
      {file}
      <p className={`bundle-headline${view.nothingNew ? '' : ' bundle-headline--changed'}`} id={headlineId} role="status">
        <Icon name="check" size={16} />
        <span>{view.headline}</span>
      </p>
      {view.rows.length > 0 ? (
        <table className="bundle-table">
          <caption className="visually-hidden">What the bundle held, by kind</caption>
          <thead>
            <tr>
              <th scope="col">Kind</th>
              <th scope="col">Added</th>
              <th scope="col">Updated</th>
              <th scope="col">Skipped</th>
            </tr>
          </thead>
          <tbody>
            {view.rows.map((row) => (
              <tr key={row.table}>
                <th scope="row">{row.label}</th>
                <Count value={row.added} />
                <Count value={row.updated} />
                <Count value={row.skipped} />
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <p className="setting__help">
        Updated: the bundle held a later change, and the earlier version stays in the history. Skipped: the workbench already held the same
        or a later version.
      </p>
      {view.matched ? <p className="setting__help">{view.matched}</p> : null}
      {state.summary.notes.length > 0 ? (
        <ul className="bundle-notes" aria-label="Notes">
          {state.summary.notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

function Count({ value }: { value: number }) {
  return <td className={value === 0 ? 'bundle-table__zero' : undefined}>{formatNumber(value)}</td>;
}
