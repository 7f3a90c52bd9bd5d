// The suggestions rejected in this document, folded under "Rejected (N)": who turned each down and
// when, and a way to take it back. A restored suggestion is proposed again by the next detection
// run, which the panel asks for at once.
import { useId } from 'react';

import type { RejectedSuggestion } from '../../core/domain.js';
import { Icon } from '../components/Icon.js';
import { shortQuote } from './claim-tones.js';
import { relativeDate } from './relative-date.js';

const exactTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

interface RejectedSuggestionsProps {
  rejected: readonly RejectedSuggestion[];
  busy: boolean;
  /** Held by the panel, so the list stays open when the last suggestion is decided and the panel changes. */
  open: boolean;
  onOpen: (open: boolean) => void;
  onRestore: (rejection: RejectedSuggestion) => void;
}

export function RejectedSuggestions({ rejected, busy, open, onOpen, onRestore }: RejectedSuggestionsProps) {
  const listId = useId();
  if (rejected.length === 0) return null;
  return (
    <section className="rejected-suggestions" aria-label="Rejected suggestions">
      <button
        type="button"
        className="suggestions__heading suggestions__disclosure"
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => onOpen(!open)}
      >
        <Icon name={open ? 'chevronDown' : 'chevronRight'} size={13} />
        Rejected ({rejected.length})
      </button>
      {open ? (
        <ul className="suggestions__list rejected-suggestions__list" id={listId} aria-label="Rejected">
          {rejected.map((rejection) => (
            <li key={rejection.id} className="rejected-suggestion" aria-label={`Rejected: ${shortQuote(rejection.claimQuote, 60)}`}>
              <p className="rejected-suggestion__chain">{rejection.chain.map((hop) => hop.source).join(' → ')}</p>
              <p className="rejected-suggestion__quote" dir="auto">
                “{shortQuote(rejection.claimQuote, 140)}”
              </p>
              <div className="rejected-suggestion__footer">
                <span className="rejected-suggestion__who">
                  Rejected by {rejection.rejectedBy},{' '}
                  <time dateTime={rejection.rejectedAt} title={formatExact(rejection.rejectedAt)}>
                    {relativeDate(rejection.rejectedAt)}
                  </time>
                </span>
                <button type="button" className="button button--small" disabled={busy} onClick={() => onRestore(rejection)}>
                  Restore
                </button>
              </div>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}

function formatExact(iso: string): string {
  const time = Date.parse(iso);
  return Number.isNaN(time) ? iso : exactTime.format(time);
}
