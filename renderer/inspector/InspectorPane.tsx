// The right pane: details of whatever the reviewer chose last — a claim in the reader, a source in
// the library, or the list of detection suggestions for the open document.
import { useEffect, useState } from 'react';

import type { Source } from '../../core/domain.js';
import { ClaimInspector } from '../claims/ClaimInspector.js';
import { useClaims } from '../claims/claims-context.js';
import { SuggestionsPanel } from '../claims/SuggestionsPanel.js';
import { EmptyState } from '../components/EmptyState.js';
import { SourceDetails } from './SourceDetails.js';

type View = 'claim' | 'source' | 'suggestions';

export function InspectorPane({ source, onClose }: { source: Source | null; onClose: () => void }) {
  const { activeClaim, openClaim, suggestions } = useClaims();
  const [chosen, setChosen] = useState<View | null>(null);
  const activeId = activeClaim?.id ?? null;
  const sourceId = source?.id ?? null;
  const suggesting = suggestions.items !== null || suggestions.loading;

  useEffect(() => {
    if (activeId) setChosen('claim');
  }, [activeId]);
  useEffect(() => {
    if (sourceId) setChosen('source');
  }, [sourceId]);
  useEffect(() => {
    if (suggestions.loading) setChosen('suggestions');
  }, [suggestions.loading]);

  const available: Record<View, boolean> = { claim: activeClaim !== null, source: source !== null, suggestions: suggesting };
  const view: View | null =
    chosen && available[chosen]
      ? chosen
      : ((['claim', 'suggestions', 'source'] as const).find((candidate) => available[candidate]) ?? null);

  const title = view === 'claim' ? 'Claim' : view === 'source' ? 'Source' : view === 'suggestions' ? 'Suggested attributions' : 'Inspector';
  const close = () => {
    if (view === 'claim') openClaim(null);
    else if (view === 'source') onClose();
    else if (view === 'suggestions') suggestions.close();
  };

  return (
    <aside className="pane inspector" aria-label="Inspector">
      <div className="pane-header">
        <h2 className="pane-header__title">{title}</h2>
        <div className="pane-header__actions">
          {view === 'claim' && suggesting ? (
            <button type="button" className="text-button" onClick={() => setChosen('suggestions')}>
              Suggestions{suggestions.items ? ` (${suggestions.items.length})` : ''}
            </button>
          ) : null}
          {view === 'suggestions' && activeClaim ? (
            <button type="button" className="text-button" onClick={() => setChosen('claim')}>
              Back to claim
            </button>
          ) : null}
          {view ? (
            <button type="button" className="text-button" onClick={close}>
              {view === 'suggestions' ? 'Done' : 'Close'}
            </button>
          ) : null}
        </div>
      </div>
      <div className="pane-body">
        {view === 'claim' && activeClaim ? (
          <ClaimInspector key={activeClaim.id} claim={activeClaim} />
        ) : view === 'suggestions' ? (
          <SuggestionsPanel />
        ) : view === 'source' && source ? (
          <SourceDetails source={source} />
        ) : (
          <EmptyState icon="claim" title="No claim selected">
            Select a highlighted claim in the reader to see its sources, attribution chain, status, verdict and evidence here. To make a
            claim, select its words — or move to its sentence with the arrow keys in the text — and press C.
          </EmptyState>
        )}
      </div>
    </aside>
  );
}
