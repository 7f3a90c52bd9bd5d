// Detection's suggestions for the open document, in text order, each with its chain, cue and
// words, to accept (it becomes a claim with that chain) or reject. Photo and wire credits are
// listed apart and left out of "Accept all"; rejected suggestions are listed last, to restore.
// The one under the pointer or the focus is highlighted in the text.
import { useState } from 'react';

import type { Suggestion } from '../../core/detection/types.js';
import { EmptyState } from '../components/EmptyState.js';
import { Icon } from '../components/Icon.js';
import { countOf, formatNumber } from '../format.js';
import { useClaims } from './claims-context.js';
import { RejectedSuggestions } from './RejectedSuggestions.js';
import { groupSuggestions } from './suggestion-groups.js';
import { suggestionKey } from './suggestion-key.js';
import { SuggestionCard } from './SuggestionCard.js';

export function SuggestionsPanel() {
  const { suggestions } = useClaims();
  const { items, rejected, loading, busy, accept, reject, restore } = suggestions;
  const [rejectedOpen, setRejectedOpen] = useState(false);

  if (loading && !items) return <p className="panel-loading suggestions__loading">Looking for attributions…</p>;
  if (!items) return null;
  const rejectedList = (
    <RejectedSuggestions
      rejected={rejected ?? []}
      busy={busy}
      open={rejectedOpen}
      onOpen={setRejectedOpen}
      onRestore={(rejection) => void restore(rejection)}
    />
  );
  if (items.length === 0) {
    return (
      <>
        <EmptyState icon="check" title="Nothing left to suggest">
          Every attribution detection found is a claim already, or was rejected. Claims you make by hand are never suggested again.
        </EmptyState>
        <div className="suggestions__after-empty">{rejectedList}</div>
      </>
    );
  }
  const { claims, credits } = groupSuggestions(items);
  const all = formatNumber(claims.length);
  return (
    <section className="suggestions" aria-label="Suggested attributions">
      <div className="suggestions__bar">
        <span className="suggestions__count">{countOf(claims.length, 'suggested claim')}</span>
        {claims.length > 0 ? (
          <>
            <button
              type="button"
              className="button button--small button--primary"
              disabled={busy}
              title={credits.length > 0 ? 'Photo credits are not included: make one a claim on its own' : undefined}
              onClick={() => void accept(claims)}
            >
              Accept all {all}
            </button>
            <button type="button" className="button button--small" disabled={busy} onClick={() => void reject(claims)}>
              Reject all {all}
            </button>
          </>
        ) : null}
      </div>
      {claims.length > 0 ? (
        <SuggestionList label="Suggestions" suggestions={claims} />
      ) : (
        <p className="suggestions__note">No attributed claims left to suggest; only photo credits.</p>
      )}
      {credits.length > 0 ? (
        <section className="suggestions__group" aria-labelledby="suggestions-credits-heading">
          <h3 className="suggestions__heading" id="suggestions-credits-heading">
            <Icon name="image" size={13} />
            Photo credits
            <span className="suggestions__heading-count">{formatNumber(credits.length)}</span>
          </h3>
          <p className="suggestions__note">Kept as credits of the document’s image. Make one a claim only if it needs checking.</p>
          <SuggestionList label="Photo credits" suggestions={credits} />
        </section>
      ) : null}
      {rejectedList}
    </section>
  );
}

function SuggestionList({ label, suggestions }: { label: 'Suggestions' | 'Photo credits'; suggestions: Suggestion[] }) {
  const { suggestions: state } = useClaims();
  const { busy, accept, reject, focusedKey, setFocusedKey, startAtCommenter, setStartAtCommenter } = state;
  const credits = label === 'Photo credits';
  return (
    <ul className="suggestions__list" aria-label={label}>
      {suggestions.map((suggestion) => {
        const key = suggestionKey(suggestion);
        return (
          <SuggestionCard
            key={key}
            suggestion={suggestion}
            label={credits ? 'Credit' : 'Suggestion'}
            acceptLabel={credits ? 'Make claim' : 'Accept'}
            focused={key === focusedKey}
            busy={busy}
            startAtCommenter={startAtCommenter.has(key)}
            onStartAtCommenter={(start) => setStartAtCommenter(key, start)}
            onFocus={() => setFocusedKey(key)}
            onAccept={() => void accept([suggestion])}
            onReject={() => void reject([suggestion])}
          />
        );
      })}
    </ul>
  );
}
