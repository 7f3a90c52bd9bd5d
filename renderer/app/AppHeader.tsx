// The title bar: which workbench is open, where it lives on disk, and what it holds.
import type { WorkbenchInfo } from '../../core/domain.js';
import { AppMark } from '../components/AppMark.js';
import { Icon } from '../components/Icon.js';
import { ExportButton } from '../export/ExportButton.js';
import { countOf } from '../format.js';

interface AppHeaderProps {
  info: WorkbenchInfo | undefined;
  /** True when the workbench could not be loaded, so the header stops saying it is opening. */
  unavailable: boolean;
  /** Absent until the settings are known: the dialog has nothing to edit before then. */
  onOpenSettings: (() => void) | undefined;
  /** Whether the review workspace (queue and dashboard) is shown instead of the documents. */
  reviewOpen: boolean;
  onToggleReview: () => void;
}

export function AppHeader({ info, unavailable, onOpenSettings, reviewOpen, onToggleReview }: AppHeaderProps) {
  return (
    <header className="titlebar">
      <div className="titlebar__brand">
        <AppMark />
        <span className="titlebar__product">Claimtrace</span>
      </div>
      <span className="titlebar__divider" aria-hidden="true" />
      <div className="titlebar__workbench">
        <Icon name="workbench" className="titlebar__workbench-icon" />
        {info ? (
          <>
            <h1 className="titlebar__name">{info.name}</h1>
            <span className="titlebar__path" title={info.path}>
              {info.path}
            </span>
          </>
        ) : (
          <h1 className="titlebar__name titlebar__name--pending">{unavailable ? 'Workbench unavailable' : 'Opening workbench…'}</h1>
        )}
      </div>
      {info ? (
        <ul className="titlebar__counts" aria-label="Workbench contents">
          <li>{countOf(info.counts.documents, 'document')}</li>
          <li>{countOf(info.counts.claims, 'claim')}</li>
          <li>{countOf(info.counts.sources, 'source')}</li>
          <li>{countOf(info.counts.evidence, 'evidence item')}</li>
        </ul>
      ) : null}
      {info ? (
        <button
          type="button"
          className={`toolbar-button titlebar__review${reviewOpen ? ' is-active' : ''}`}
          aria-pressed={reviewOpen}
          onClick={onToggleReview}
        >
          <Icon name="claim" size={15} />
          Review
        </button>
      ) : null}
      {info ? <ExportButton /> : null}
      {onOpenSettings ? (
        <button
          type="button"
          className="icon-button titlebar__settings"
          aria-label="Settings"
          title="Settings (Ctrl+,)"
          aria-keyshortcuts="Control+Comma Meta+Comma"
          onClick={onOpenSettings}
        >
          <Icon name="settings" size={17} />
        </button>
      ) : null}
    </header>
  );
}
