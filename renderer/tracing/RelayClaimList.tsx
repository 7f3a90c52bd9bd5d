// The claims one outlet relayed from a source, earliest first: each opens in the reader, says how
// its cue presented the source, and whether it is the statement's first appearance — or where
// that was, which opens too.
import type { RelayedClaim, Relayer } from '../../core/review/amplification.js';
import { CUE_STANCE_HINTS, stanceNote } from '../../core/vocabulary/stances.js';
import { dispatch } from '../commands/app-commands.js';
import { Icon } from '../components/Icon.js';
import { formatDate } from '../format.js';
import { seenLabel } from './relay-table.js';

export function RelayClaimList({ relayer }: { relayer: Relayer }) {
  return (
    <ul className="relay-claims" aria-label={`Claims ${relayer.name} relayed`}>
      {relayer.claims.map((claim) => (
        <RelayClaimItem key={claim.claimId} claim={claim} />
      ))}
    </ul>
  );
}

function RelayClaimItem({ claim }: { claim: RelayedClaim }) {
  const note = stanceNote(claim.stance);
  return (
    <li className={claim.first ? 'relay-claim is-first' : 'relay-claim'}>
      <button
        type="button"
        className="relay-claim__quote"
        dir="auto"
        onClick={() => dispatch('open-claim', { documentId: claim.documentId, claimId: claim.claimId })}
      >
        “{claim.quote}”
      </button>
      <p className="relay-claim__meta">
        <span className="relay-claim__title" dir="auto">
          {claim.documentTitle}
        </span>
        <span>{seenLabel(claim.seen)}</span>
        {note && claim.stance ? (
          <span className={`cue-stance cue-stance--${claim.stance}`} title={CUE_STANCE_HINTS[claim.stance]}>
            {note}
          </span>
        ) : null}
        <FirstAppearanceNote claim={claim} />
      </p>
    </li>
  );
}

function FirstAppearanceNote({ claim }: { claim: RelayedClaim }) {
  const first = claim.firstAppearance;
  if (claim.first) {
    return (
      <span className="relay-first">
        <Icon name="flag" size={12} />
        {first?.tied ? 'First appearance (another copy is dated the same)' : 'First appearance'}
      </span>
    );
  }
  if (!first) return <span className="relay-claim__unknown">First appearance unknown: no copy is dated</span>;
  const open = () =>
    first.claimId
      ? dispatch('open-claim', { documentId: first.documentId, claimId: first.claimId })
      : dispatch('open-passage', { documentId: first.documentId, start: first.start, end: first.end });
  return (
    <span className="relay-claim__earlier">
      First appeared in{' '}
      <button type="button" className="relay-claim__link" dir="auto" onClick={open}>
        {first.documentTitle}
      </button>
      , {formatDate(first.publishedAt)}
    </span>
  );
}
