// Claims whose words are no longer in the text (after a re-import changed it), listed above the
// text so none is silently lost: each can be opened or re-attached to the current selection.
import { Icon } from '../components/Icon.js';
import { shortQuote } from './claim-tones.js';
import { useClaims, useReaderSelection } from './claims-context.js';
import { useFailureNotice } from './use-failure-notice.js';

export function OrphanedClaims() {
  const { claims, openClaim, reattachClaim, activeClaim } = useClaims();
  const failed = useFailureNotice();
  const { selection } = useReaderSelection();
  const orphans = claims.filter((claim) => claim.orphaned);
  if (orphans.length === 0) return null;
  return (
    <section className="orphans" aria-labelledby="orphans-title">
      <h4 className="orphans__title" id="orphans-title">
        <Icon name="alert" size={15} />
        Claims that lost their place
      </h4>
      <p className="orphans__help">The text changed and these words were not found again. Select where each belongs and re-attach it.</p>
      <ul className="orphans__list">
        {orphans.map((claim) => (
          <li key={claim.id} className={activeClaim?.id === claim.id ? 'orphan is-active' : 'orphan'}>
            <button type="button" className="orphan__quote" onClick={() => openClaim(claim.id)} title="Open in the inspector">
              “{shortQuote(claim.quote, 110)}”
            </button>
            <button
              type="button"
              className="button button--small"
              disabled={!selection}
              // The selection this acts on must survive the press.
              onMouseDown={(event) => event.preventDefault()}
              title={selection ? 'Anchor this claim to the selected text' : 'Select the text this claim belongs to first'}
              onClick={() => selection && void reattachClaim(claim, selection).catch(failed('The claim was not re-attached'))}
            >
              Re-attach to selection
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
