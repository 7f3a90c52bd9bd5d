// "Other appearances": the same claim repeated in other documents. The reviewer searches the other
// documents (the anchoring matcher scores each passage), links the passages that are the same
// claim, and sees where it was published first.
import { useCallback, useRef, useState } from 'react';

import type { AppearanceCandidate } from '../../../core/api/claim-results.js';
import type { ClaimAppearance } from '../../../core/domain.js';
import { call } from '../../api-client.js';
import { Icon } from '../../components/Icon.js';
import { useNotify } from '../../components/Notifications.js';
import { countOf } from '../../format.js';
import { errorText, FormError } from '../evidence/form-parts.js';
import type { ClaimRecords } from '../use-claim-records.js';
import { type CandidateRow, candidateRows } from './candidate-links.js';
import { candidateKey, CandidateList } from './CandidateList.js';
import { livenessOf } from './claim-liveness.js';
import { FirstAppearance } from './FirstAppearance.js';
import { LinkedAppearances } from './LinkedAppearances.js';

interface AppearancesSectionProps {
  claimId: string;
  /** The claim's records: its linked appearances, read with the rest, and asked again after each change. */
  records: ClaimRecords;
}

type Search = { state: 'idle' } | { state: 'searching' } | { state: 'done'; candidates: AppearanceCandidate[] };

/** Mount with `key={claimId}`: a search and its results belong to one claim. */
export function AppearancesSection({ claimId, records }: AppearancesSectionProps) {
  const notify = useNotify();
  const liveness = livenessOf(records);
  const value = records.appearances;
  const [search, setSearch] = useState<Search>({ state: 'idle' });
  const [pending, setPending] = useState<string | null>(null);
  const [actionError, setActionError] = useState<string | null>(null);
  const findButton = useRef<HTMLButtonElement>(null);
  const reloadRecords = records.reload;

  const find = useCallback(async () => {
    setSearch({ state: 'searching' });
    setActionError(null);
    try {
      setSearch({ state: 'done', candidates: await call('claims.findAppearances', { id: claimId }) });
    } catch (error) {
      setSearch({ state: 'idle' });
      setActionError(`Could not search the other documents: ${errorText(error)}`);
    }
  }, [claimId]);

  const link = useCallback(
    async (span: Pick<ClaimAppearance, 'documentId' | 'start' | 'end'>, pendingKey: string) => {
      setPending(pendingKey);
      setActionError(null);
      try {
        await call('claims.linkAppearance', { id: claimId, documentId: span.documentId, start: span.start, end: span.end });
        reloadRecords();
      } catch (error) {
        setActionError(`Could not link the passage: ${errorText(error)}`);
      } finally {
        setPending(null);
      }
    },
    [claimId, reloadRecords],
  );

  const unlink = useCallback(
    async (appearance: Pick<ClaimAppearance, 'id' | 'documentId' | 'documentTitle' | 'start' | 'end'>, pendingKey: string) => {
      setPending(pendingKey);
      setActionError(null);
      try {
        await call('claims.unlinkAppearance', { appearanceId: appearance.id });
        reloadRecords();
        notify({
          tone: 'info',
          title: 'Appearance unlinked',
          message: appearance.documentTitle,
          action: { label: 'Undo', onAction: () => void link(appearance, pendingKey) },
        });
        return true;
      } catch (error) {
        setActionError(`Could not unlink the passage: ${errorText(error)}`);
        return false;
      } finally {
        setPending(null);
      }
    },
    [link, notify, reloadRecords],
  );

  const linked = value?.appearances;
  const rows = search.state === 'done' ? candidateRows(search.candidates, linked) : [];

  return (
    <section className="verification-section appearances" aria-label="Other appearances">
      <header className="verification-section__header">
        <h3 className="verification-section__title">Other appearances</h3>
        <span className="verification-section__count">{linked ? countOf(linked.length, 'linked', 'linked') : ''}</span>
      </header>
      {liveness === 'binned' ? (
        <p className="verification-empty">This claim is in the bin; restore it to look for it in other documents.</p>
      ) : (
        <>
          {value ? (
            <>
              <FirstAppearance first={value.firstAppearance} claimId={claimId} />
              <LinkedAppearances
                appearances={value.appearances}
                pending={pending}
                onUnlink={(appearance) =>
                  void unlink(appearance, appearance.id).then((done) => {
                    // The card and its button are gone; the keyboard carries on from the search.
                    if (done) findButton.current?.focus();
                  })
                }
              />
            </>
          ) : (
            <p className="verification-empty" role="status">
              Loading appearances…
            </p>
          )}
          <FormError message={actionError} />
          <div className="appearances__find">
            <button
              ref={findButton}
              type="button"
              className="button button--small"
              // Not `disabled`, which would drop the keyboard focus while the search runs.
              aria-disabled={search.state === 'searching'}
              onClick={() => {
                if (search.state !== 'searching') void find();
              }}
            >
              <Icon name="search" size={14} />
              {search.state === 'done' ? 'Search again' : 'Find in other documents'}
            </button>
            {search.state === 'searching' ? (
              <span className="appearances__searching" role="status">
                Searching other documents…
              </span>
            ) : null}
          </div>
          {search.state === 'done' ? (
            <CandidateList
              rows={rows}
              pending={pending}
              onLink={(row: CandidateRow) => void link(row.candidate, candidateKey(row))}
              onUnlink={(row) =>
                void unlink(
                  {
                    id: row.appearanceId,
                    documentId: row.candidate.documentId,
                    documentTitle: row.candidate.documentTitle,
                    ...span(row.candidate),
                  },
                  candidateKey(row),
                )
              }
              onClose={() => {
                setSearch({ state: 'idle' });
                findButton.current?.focus();
              }}
            />
          ) : null}
        </>
      )}
    </section>
  );
}

function span({ start, end }: AppearanceCandidate) {
  return { start, end };
}
