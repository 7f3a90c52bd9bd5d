// "Export…" for the title bar; the dialog itself belongs to ExportCenter.
import { dispatch } from '../commands/app-commands.js';
import { Icon } from '../components/Icon.js';

export function ExportButton() {
  return (
    <button
      type="button"
      className="toolbar-button export-button"
      title="Export a report or bundle (Ctrl+E)"
      aria-keyshortcuts="Control+E Meta+E"
      onClick={() => dispatch('open-export', {})}
    >
      <Icon name="export" size={15} />
      Export…
    </button>
  );
}
