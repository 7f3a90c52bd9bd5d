// The right pane: details of whatever is selected. Claims are inspected here; until one is
// selected, a source chosen in the library shows its registry entry.
import type { Source } from '../../core/domain.js';
import { EmptyState } from '../components/EmptyState.js';
import { SourceDetails } from './SourceDetails.js';

export function InspectorPane({ source, onClose }: { source: Source | null; onClose: () => void }) {
  return (
    <aside className="pane inspector" aria-label="Inspector">
      <div className="pane-header">
        <h2 className="pane-header__title">{source ? 'Source' : 'Inspector'}</h2>
        {source ? (
          <button type="button" className="text-button" onClick={onClose}>
            Close
          </button>
        ) : null}
      </div>
      <div className="pane-body">
        {source ? (
          <SourceDetails source={source} />
        ) : (
          <EmptyState icon="claim" title="No claim selected">
            Select a highlighted claim in the reader to see its sources, attribution chain, status, verdict and evidence
            here.
          </EmptyState>
        )}
      </div>
    </aside>
  );
}
