// Where the claim was published first: its own document or a linked appearance, whichever is dated
// earliest.
import type { ClaimAppearance } from '../../../core/domain.js';
import { Icon } from '../../components/Icon.js';
import { firstAppearanceSummary } from './appearance-labels.js';

export function FirstAppearance({ first, claimId }: { first: ClaimAppearance | null; claimId: string }) {
  const summary = firstAppearanceSummary(first, claimId);
  return (
    <div className={`appearance-first appearance-first--${summary.kind}`} role="note" aria-label="First appearance">
      <Icon name="flag" size={14} className="appearance-first__icon" />
      {summary.kind === 'unknown' ? (
        <p className="appearance-first__text">{summary.text}</p>
      ) : (
        <p className="appearance-first__text">
          First published in <strong className="appearance-first__title">{summary.title}</strong>, {summary.date}
          {summary.note ? <span className="appearance-first__note"> — {summary.note}</span> : null}
        </p>
      )}
    </div>
  );
}
