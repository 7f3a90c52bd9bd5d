// Under the claim's quote in the inspector: the article was changed after the claim was made, and
// how — "Reworded in version 2 (5 Mar 2024): “14 injured” → “41 injured”" — so nobody checks
// words the outlet has since replaced without knowing it.
import type { Claim } from '../../core/domain.js';
import { Icon } from '../components/Icon.js';
import { formatDate } from '../format.js';
import { Added, Removed } from '../reader/revisions/DiffMarks.js';
import { revisionSentence } from '../reader/revisions/revision-labels.js';
import { useClaimRevisions } from '../reader/revisions/use-revisions.js';

export function ClaimRevisionNote({ claim }: { claim: Pick<Claim, 'id' | 'documentId'> }) {
  const revisions = useClaimRevisions(claim.id, claim.documentId).value ?? [];
  if (revisions.length === 0) return null;
  return (
    <section className="claim-revisions" aria-label="Changed after publication">
      <h3 className="claim-revisions__title">
        <Icon name="alert" size={13} />
        Changed after publication
      </h3>
      <ul className="claim-revisions__list">
        {[...revisions]
          .sort((a, b) => a.version - b.version)
          .map((revision) => (
            <li key={revision.version} className="claim-revisions__item">
              <span className="claim-revisions__when">
                {revisionSentence(revision.kind, revision.version)} ({formatDate(revision.importedAt)})
              </span>
              <bdi className="claim-revisions__wording">
                {revision.kind === 'moved' ? `“${revision.oldQuote}”` : <Removed text={revision.oldQuote} announce={false} />}
              </bdi>
              {revision.kind === 'changed' && revision.newQuote !== null ? (
                <span className="claim-revisions__wording">
                  <span aria-hidden="true">→ </span>
                  <span className="visually-hidden">became </span>
                  <bdi>
                    <Added text={revision.newQuote} announce={false} />
                  </bdi>
                </span>
              ) : null}
            </li>
          ))}
      </ul>
    </section>
  );
}
