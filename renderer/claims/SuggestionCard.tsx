// One suggestion in the panel: its chain, the words, the cue, where it comes from when it is a
// reader comment (with the choice to start the chain at the commenter), and what to do with it.
import type { Suggestion } from '../../core/detection/types.js';
import { HOP_KIND_LABELS } from '../../core/vocabulary/hop-kinds.js';
import { Icon } from '../components/Icon.js';
import { shortQuote } from './claim-tones.js';
import { commenterToStartAt, withCommenterHop } from './commenter-chain.js';
import { cueStanceOf } from './cue-stance.js';
import { SuggestionChain } from './SuggestionChain.js';

interface SuggestionCardProps {
  suggestion: Suggestion;
  /** Names the card for assistive technology and tests: "Suggestion: …", "Credit: …". */
  label: 'Suggestion' | 'Credit';
  /** "Accept" for claims; "Make claim" for credits, which are not claims unless the reviewer says so. */
  acceptLabel: string;
  focused: boolean;
  busy: boolean;
  startAtCommenter: boolean;
  onStartAtCommenter: (start: boolean) => void;
  onFocus: () => void;
  onAccept: () => void;
  onReject: () => void;
}

export function SuggestionCard(props: SuggestionCardProps) {
  const { suggestion, label, acceptLabel, focused, busy, startAtCommenter, onStartAtCommenter, onFocus, onAccept, onReject } = props;
  const commenter = commenterToStartAt(suggestion);
  const hops = withCommenterHop(suggestion, startAtCommenter).hops;
  const credit = label === 'Credit';
  return (
    <li
      className={['suggestion', credit ? 'suggestion--credit' : '', focused ? 'is-focused' : ''].filter(Boolean).join(' ')}
      aria-label={`${label}: ${shortQuote(suggestion.claim.text, 60)}`}
      onMouseEnter={onFocus}
      onFocus={onFocus}
    >
      {suggestion.fromComment ? <CommentOrigin commenter={suggestion.fromComment.commenter} /> : null}
      <SuggestionChain hops={hops} stance={cueStanceOf(suggestion, hops)} addedFirst={hops !== suggestion.hops} />
      <p className={credit ? 'suggestion__credit-line' : 'suggestion__claim'} dir="auto">
        {credit ? shortQuote(suggestion.claim.text, 180) : `“${shortQuote(suggestion.claim.text, 180)}”`}
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
      {commenter ? (
        <label className="suggestion__commenter" title="The words are the commenter’s, whoever they say they quote">
          <input
            type="checkbox"
            checked={startAtCommenter}
            disabled={busy}
            onChange={(event) => onStartAtCommenter(event.target.checked)}
          />
          Start the chain at {commenter}
        </label>
      ) : null}
      <div className="suggestion__actions">
        <button type="button" className="button button--small" disabled={busy} onClick={onAccept}>
          {acceptLabel}
        </button>
        <button type="button" className="text-button" disabled={busy} onClick={onReject}>
          Reject
        </button>
        <button type="button" className="text-button suggestion__show" onClick={onFocus}>
          Show in text
        </button>
      </div>
    </li>
  );
}

function CommentOrigin({ commenter }: { commenter: string | null }) {
  return (
    <p className="suggestion__origin">
      <Icon name="comments" size={13} />
      <span>
        From a reader comment
        {commenter ? (
          <>
            {' by '}
            <strong>{commenter}</strong>
          </>
        ) : null}
      </span>
    </p>
  );
}
