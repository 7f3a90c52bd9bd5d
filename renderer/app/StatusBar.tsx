import type { Settings, WorkbenchInfo } from '../../core/domain.js';
import { type ConnectionState, hostKind } from '../api-client.js';
import { Icon } from '../components/Icon.js';
import { formatNumber } from '../format.js';
import { useImportActions } from '../import/import-context.js';
import { isActive } from '../import/import-run.js';
import type { LoadPhase } from './use-workbench-data.js';

interface StatusBarProps {
  phase: LoadPhase;
  connection: ConnectionState;
  info: WorkbenchInfo | undefined;
  settings: Settings | undefined;
  onOpenSettings: (() => void) | undefined;
}

export function StatusBar({ phase, connection, info, settings, onOpenSettings }: StatusBarProps) {
  const status = describeStatus(phase, connection);
  const reviewer = settings?.reviewerName;
  const { run } = useImportActions();
  const importing = run && isActive(run) ? run : null;
  return (
    <footer className="statusbar">
      <span className={`statusbar__state statusbar__state--${status.tone}`}>
        {status.tone === 'problem' ? <Icon name="offline" size={13} /> : <span className="status-dot" aria-hidden="true" />}
        <span role="status">{status.text}</span>
      </span>
      {importing ? (
        <span className="statusbar__item statusbar__item--busy">
          Importing {formatNumber(Math.min(importing.processed + 1, importing.total))} of {formatNumber(importing.total)}…
        </span>
      ) : null}
      {info?.readOnly ? (
        <span
          className="statusbar__item statusbar__item--read-only"
          title="This workbench is in a place nobody may write to here (a colleague's file, a mounted archive). It can be read, checked, backed up and exported; changes are refused."
        >
          <Icon name="lock" size={13} /> Read-only
        </span>
      ) : null}
      <span className="statusbar__spacer" />
      {settings && onOpenSettings ? (
        <button type="button" className="statusbar__item statusbar__button" onClick={onOpenSettings}>
          {reviewer ? `Reviewer: ${reviewer}` : 'Set your reviewer name'}
        </button>
      ) : null}
      <span className="statusbar__item">{hostKind() === 'desktop' ? 'Desktop' : `Served from ${window.location.host}`}</span>
    </footer>
  );
}

function describeStatus(phase: LoadPhase, connection: ConnectionState): { text: string; tone: 'ok' | 'busy' | 'problem' } {
  if (phase.name === 'failed') return { text: 'The workbench could not be loaded', tone: 'problem' };
  if (phase.name === 'loading') return { text: 'Loading workbench…', tone: 'busy' };
  if (connection === 'reconnecting') return { text: 'Connection lost; reconnecting…', tone: 'problem' };
  return { text: 'Ready', tone: 'ok' };
}
