// What a search of the other documents found, best match first, each with a button to link it or,
// once linked, to unlink it again. The button stays the same element either way, so the keyboard
// focus stays where the reviewer left it.
import { Icon } from '../../components/Icon.js';
import { countOf } from '../../format.js';
import type { CandidateRow } from './candidate-links.js';
import { PassageCard } from './PassageCard.js';

interface CandidateListProps {
  rows: CandidateRow[];
  /** The key (see candidateKey) of the row whose link or unlink is on its way, if any. */
  pending: string | null;
  onLink: (row: CandidateRow) => void;
  onUnlink: (row: CandidateRow & { appearanceId: string }) => void;
  onClose: () => void;
}

export function candidateKey({ candidate }: CandidateRow): string {
  return `${candidate.documentId}:${candidate.start}:${candidate.end}`;
}

export function CandidateList({ rows, pending, onLink, onUnlink, onClose }: CandidateListProps) {
  return (
    <div className="appearance-results" role="group" aria-label="Found in other documents">
      <div className="appearance-results__head">
        <span className="appearance-results__title">
          {rows.length === 0 ? 'Nothing found' : `Found in ${countOf(rows.length, 'other document')}`}
        </span>
        <button type="button" className="text-button" onClick={onClose}>
          Hide results
        </button>
      </div>
      {rows.length === 0 ? (
        <p className="verification-empty">No other document repeats this claim.</p>
      ) : (
        <ul className="appearance-list" aria-label="Candidates">
          {rows.map((row) => {
            const { candidate, appearanceId } = row;
            const key = candidateKey(row);
            return (
              <li key={key}>
                <PassageCard label={candidate.documentTitle} linked={appearanceId !== null} {...candidate}>
                  {appearanceId !== null ? (
                    <span className="appearance-card__linked">
                      <Icon name="check" size={12} />
                      Linked
                    </span>
                  ) : null}
                  <button
                    type="button"
                    className={
                      appearanceId === null
                        ? 'button button--small appearance-card__link'
                        : 'text-button text-button--danger appearance-card__link'
                    }
                    // Not `disabled`: that would take the keyboard focus away while the change is saved.
                    aria-disabled={pending === key}
                    aria-label={`${appearanceId === null ? 'Link' : 'Unlink'} ${candidate.documentTitle}`}
                    onClick={() => {
                      if (pending === key) return;
                      if (appearanceId === null) onLink(row);
                      else onUnlink({ ...row, appearanceId });
                    }}
                  >
                    {appearanceId === null ? (
                      <>
                        <Icon name="link" size={13} />
                        Link
                      </>
                    ) : (
                      'Unlink'
                    )}
                  </button>
                </PassageCard>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
