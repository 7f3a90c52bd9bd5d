// While several documents are selected, what can be done with them takes the place of the sort
// controls, so the list below does not move under the pointer as documents are added.
import { Icon } from '../components/Icon.js';
import { countOf, formatNumber } from '../format.js';

interface SelectionBarProps {
  count: number;
  onEdit: () => void;
  onClear: () => void;
}

export function SelectionBar({ count, onEdit, onClear }: SelectionBarProps) {
  return (
    <div
      className="selection-bar"
      role="group"
      aria-label="Selected documents"
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.preventDefault();
        onClear();
      }}
    >
      <span className="selection-bar__count" aria-live="polite">
        <span className="selection-bar__long">{countOf(count, 'document')} selected</span>
        <span className="selection-bar__short">{formatNumber(count)} selected</span>
      </span>
      {/* The full wording where the pane is wide enough; the name stays whole for assistive technology. */}
      <button
        type="button"
        className="toolbar-button toolbar-button--compact selection-bar__edit"
        aria-label="Edit outlet and date…"
        title="Edit outlet and date"
        onClick={onEdit}
      >
        <Icon name="edit" size={14} />
        <span className="selection-bar__long">Edit outlet and date…</span>
        <span className="selection-bar__short">Edit…</span>
      </button>
      <button
        type="button"
        className="icon-button icon-button--small"
        aria-label="Clear selection"
        title="Clear selection (Esc)"
        onClick={onClear}
      >
        <Icon name="close" size={14} />
      </button>
    </div>
  );
}
