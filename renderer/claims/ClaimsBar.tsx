// The claims row under the reader's title bar: how many claims, stepping through them, what the
// colours mean, undo and redo, and asking detection for attributions.
import { Icon } from '../components/Icon.js';
import { countOf } from '../format.js';
import { readingOrder } from './claim-order.js';
import { useClaims } from './claims-context.js';
import { ClaimsLegend } from './ClaimsLegend.js';
import { REDO_KEYS, UNDO_KEYS } from './shortcut-labels.js';

export function ClaimsBar() {
  const { claims, ratings, activeClaim, openClaim, undo, redo, undoLabel, redoLabel, suggestions } = useClaims();
  const ordered = readingOrder(claims);
  const position = activeClaim ? ordered.findIndex((claim) => claim.id === activeClaim.id) : -1;
  const step = (direction: 1 | -1) => {
    const next = position === -1 ? (direction === 1 ? ordered[0] : ordered.at(-1)) : ordered[position + direction];
    if (next) openClaim(next.id, { reveal: true });
  };

  return (
    <div className="claims-bar" role="toolbar" aria-label="Claims">
      <div className="claims-bar__nav">
        <span className="claims-bar__count">
          {position === -1 ? countOf(claims.length, 'claim') : `Claim ${position + 1} of ${ordered.length}`}
        </span>
        <button
          type="button"
          className="icon-button icon-button--small"
          aria-label="Previous claim"
          title="Previous claim (K or Alt+↑)"
          disabled={ordered.length === 0 || position === 0}
          onClick={() => step(-1)}
        >
          <Icon name="up" size={15} />
        </button>
        <button
          type="button"
          className="icon-button icon-button--small"
          aria-label="Next claim"
          title="Next claim (J or Alt+↓)"
          disabled={ordered.length === 0 || position === ordered.length - 1}
          onClick={() => step(1)}
        >
          <Icon name="down" size={15} />
        </button>
      </div>
      <ClaimsLegend claims={claims} ratings={ratings} />
      <div className="claims-bar__history">
        <button
          type="button"
          className="icon-button icon-button--small"
          aria-label={undoLabel ? `Undo ${undoLabel}` : 'Undo'}
          title={undoLabel ? `Undo ${undoLabel} (${UNDO_KEYS})` : 'Nothing to undo'}
          disabled={!undoLabel}
          onClick={() => void undo()}
        >
          <Icon name="undo" size={15} />
        </button>
        <button
          type="button"
          className="icon-button icon-button--small"
          aria-label={redoLabel ? `Redo ${redoLabel}` : 'Redo'}
          title={redoLabel ? `Redo ${redoLabel} (${REDO_KEYS})` : 'Nothing to redo'}
          disabled={!redoLabel}
          onClick={() => void redo()}
        >
          <Icon name="redo" size={15} />
        </button>
      </div>
      {/* Asking detection wraps onto a row of its own in a narrow reader, never out of view. */}
      <div className="claims-bar__detect">
        <label className="claims-bar__toggle" title="Reader comments are pasted text of unknown provenance">
          <input
            type="checkbox"
            checked={suggestions.includeComments}
            onChange={(event) => suggestions.setIncludeComments(event.target.checked)}
          />
          Include reader comments
        </label>
        <button
          type="button"
          className={suggestions.items ? 'toolbar-button is-active' : 'toolbar-button'}
          disabled={suggestions.loading}
          onClick={() => void suggestions.request()}
        >
          <Icon name="sparkle" size={15} />
          {suggestions.loading ? 'Looking…' : 'Suggest attributions'}
        </button>
      </div>
    </div>
  );
}
