// The claims whose quoted words the newer version changed, took out or moved, each with its old and
// new wording and a way to open it in the inspector.
import type { RevisedClaim } from '../../../core/documents/revisions.js';
import type { TextDirection } from '../../../core/domain.js';
import { Icon } from '../../components/Icon.js';
import { Added, Removed } from './DiffMarks.js';
import { REVISION_KIND_LABELS } from './revision-labels.js';

interface ClaimChangeListProps {
  changes: readonly RevisedClaim[];
  direction: TextDirection;
  onOpen: (change: RevisedClaim) => void;
}

export function ClaimChangeList({ changes, direction, onOpen }: ClaimChangeListProps) {
  if (changes.length === 0) {
    return <p className="revision-claims__none">No claim’s quoted words changed between these versions.</p>;
  }
  return (
    <ul className="revision-claims">
      {changes.map((change) => (
        <li key={`${change.claimId}:${change.version}`} className={`revision-claim revision-claim--${change.kind}`}>
          <div className="revision-claim__head">
            <span className="revision-claim__kind">
              <Icon name={change.kind === 'moved' ? 'target' : 'alert'} size={13} />
              {REVISION_KIND_LABELS[change.kind]}
            </span>
            <span className="revision-claim__version">in version {change.version}</span>
            <button
              type="button"
              className="text-button revision-claim__open"
              aria-label={`Open the claim “${change.statement.trim() || change.oldQuote}”`}
              onClick={() => onOpen(change)}
            >
              Open claim
            </button>
          </div>
          <dl className="revision-claim__wordings">
            <div>
              <dt>Before</dt>
              <dd dir={direction}>{change.kind === 'moved' ? change.oldQuote : <Removed text={change.oldQuote} announce={false} />}</dd>
            </div>
            <div>
              <dt>After</dt>
              <dd dir={direction}>{afterWording(change)}</dd>
            </div>
          </dl>
        </li>
      ))}
    </ul>
  );
}

function afterWording(change: RevisedClaim) {
  if (change.newQuote === null)
    return (
      <span className="revision-claim__gone" dir="ltr">
        No longer in the article
      </span>
    );
  if (change.kind === 'moved') {
    return (
      <>
        {change.newQuote}{' '}
        <span className="revision-claim__gone" dir="ltr">
          (same words, elsewhere in the article)
        </span>
      </>
    );
  }
  return <Added text={change.newQuote} announce={false} />;
}
