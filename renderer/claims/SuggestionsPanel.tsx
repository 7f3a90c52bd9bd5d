// Detection's suggestions for the open document, in text order, each with its chain, cue and
// words, to accept (it becomes a claim with that chain) or reject. The one under the pointer or
// the focus is highlighted in the text.
import type { Suggestion } from '../../core/detection/types.js';
import { EmptyState } from '../components/EmptyState.js';
import { countOf } from '../format.js';
import { SourceKindBadge } from '../library/SourceKindBadge.js';
import { HOP_KIND_LABELS } from './chain-draft.js';
import { useClaims } from './claims-context.js';
import { shortQuote } from './claim-tones.js';
import { suggestionKey } from './suggestion-key.js';

export function SuggestionsPanel() {
  const { suggestions } = useClaims();
  const { items, loading, busy, accept, reject, focusedKey, setFocusedKey } = suggestions;

  if (loading && !items) return <p className="panel-loading suggestions__loading">Looking for attributions…</p>;
  if (!items) return null;
  if (items.length === 0) {
    return (
      <EmptyState icon="check" title="Nothing left to suggest">
        Every attribution detection found is a claim already, or was rejected. Claims you make by hand are never suggested
        again.
      </EmptyState>
    );
  }
  return (
    <section className="suggestions" aria-label="Suggested attributions">
      <div className="suggestions__bar">
        <span className="suggestions__count">{countOf(items.length, 'suggestion')}</span>
        <button type="button" className="button button--small button--primary" disabled={busy} onClick={() => void accept(items)}>
          Accept all
        </button>
        <button type="button" className="button button--small" disabled={busy} onClick={() => reject(items)}>
          Reject all
        </button>
      </div>
      <ul className="suggestions__list" aria-label="Suggestions">
        {items.map((suggestion) => {
          const key = suggestionKey(suggestion);
          return (
            <li
              key={key}
              className={key === focusedKey ? 'suggestion is-focused' : 'suggestion'}
              aria-label={`Suggestion: ${shortQuote(suggestion.claim.text, 60)}`}
              onMouseEnter={() => setFocusedKey(key)}
              onFocus={() => setFocusedKey(key)}
            >
              <SuggestionChain suggestion={suggestion} />
              <p className="suggestion__claim" dir="auto">
                “{shortQuote(suggestion.claim.text, 180)}”
              </p>
              <p className="suggestion__meta">
                {HOP_KIND_LABELS[suggestion.kind]}
                {suggestion.cue ? (
                  <>
                    {' · cue '}
                    <span className="suggestion__cue">“{suggestion.cue.text}”</span>
                  </>
                ) : null}
              </p>
              <div className="suggestion__actions">
                <button type="button" className="button button--small" disabled={busy} onClick={() => void accept([suggestion])}>
                  Accept
                </button>
                <button type="button" className="text-button" disabled={busy} onClick={() => reject([suggestion])}>
                  Reject
                </button>
                <button type="button" className="text-button suggestion__show" onClick={() => setFocusedKey(key)}>
                  Show in text
                </button>
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function SuggestionChain({ suggestion }: { suggestion: Suggestion }) {
  return (
    <ol className="suggestion__chain" aria-label="Attribution chain">
      {suggestion.hops.map((hop, index) => (
        <li key={`${hop.source}-${index}`} className="suggestion__hop">
          {index > 0 ? <span className="suggestion__arrow" aria-hidden="true">→</span> : null}
          <span className="suggestion__source">{hop.source}</span>
          {hop.sourceId === null ? <span className="badge badge--outline">New</span> : <SourceKindBadge kind={hop.sourceKind} />}
        </li>
      ))}
    </ol>
  );
}
