// The passages already linked as appearances of the claim, earliest published first.
import type { ClaimAppearance } from '../../../core/domain.js';
import { PassageCard } from './PassageCard.js';

interface LinkedAppearancesProps {
  appearances: ClaimAppearance[];
  /** The appearance whose unlinking is on its way, if any. */
  pending: string | null;
  onUnlink: (appearance: ClaimAppearance) => void;
}

export function LinkedAppearances({ appearances, pending, onUnlink }: LinkedAppearancesProps) {
  if (appearances.length === 0) {
    return (
      <p className="verification-empty">No appearance linked yet. Find the claim in other documents to link the places it was repeated.</p>
    );
  }
  return (
    <ul className="appearance-list" aria-label="Linked appearances">
      {appearances.map((appearance) => (
        <li key={appearance.id}>
          <PassageCard label={`Appearance in ${appearance.documentTitle}`} {...cardFields(appearance)}>
            <button
              type="button"
              className="text-button text-button--danger"
              aria-disabled={pending === appearance.id}
              onClick={() => {
                if (pending !== appearance.id) onUnlink(appearance);
              }}
            >
              Unlink
            </button>
          </PassageCard>
        </li>
      ))}
    </ul>
  );
}

function cardFields({ documentId, documentTitle, publishedAt, quote, start, end, score }: ClaimAppearance) {
  return { documentId, documentTitle, publishedAt, quote, start, end, score };
}
