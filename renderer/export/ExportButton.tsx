// "Export…" for the title bar; the dialog itself belongs to ExportCenter.
import { Icon } from '../components/Icon.js';
import { requestExport } from './export-requests.js';

export function ExportButton() {
  return (
    <button
      type="button"
      className="toolbar-button export-button"
      title="Export a report or bundle (Ctrl+E)"
      aria-keyshortcuts="Control+E Meta+E"
      onClick={requestExport}
    >
      <Icon name="export" size={15} />
      Export…
    </button>
  );
}
