// "Who actually said this?" from the source's side: how many claims lean on it and how their review
// went, who relays it, the documents they come from, and each claim with its chain.
import { useId } from 'react';

import type { SourceTrace } from '../../core/domain.js';
import { call } from '../api-client.js';
import { dispatch } from '../commands/app-commands.js';
import { EmptyState } from '../components/EmptyState.js';
import { Icon } from '../components/Icon.js';
import { countOf, formatNumber } from '../format.js';
import { useLiveResource } from '../use-live-resource.js';
import { RelayedBy } from './RelayedBy.js';
import { statusBars, verdictBars } from './trace-summary.js';
import { StatusChart, VerdictChart } from './TraceCharts.js';
import { TraceClaimsSection } from './TraceClaimsSection.js';
import { TraceCredits } from './TraceCredits.js';

export function SourceTraceView({ trace }: { trace: SourceTrace }) {
  const ratings = useLiveResource(
    'ratings',
    () => call('ratings.list'),
    (event) => event.type === 'ratings.changed',
  );
  const headingId = useId();
  const { source, claims, documents, credits } = trace;
  if (claims.length === 0) {
    return (
      <div className="trace">
        <EmptyState icon="claim" title={`No claims lean on ${source.name} yet`}>
          When a claim’s attribution chain names {source.name} — or any of its aliases — it is listed here with the other documents that
          cite it.
        </EmptyState>
        <TraceCredits credits={credits} headingId={headingId} />
      </div>
    );
  }
  const flagged = claims.filter((claim) => claim.chainFlag !== null).length;

  return (
    <div className="trace">
      <section className="trace__summary" aria-label="Summary">
        <dl className="trace-stats">
          <div className="trace-stats__item">
            <dt>Claims</dt>
            <dd>{formatNumber(claims.length)}</dd>
          </div>
          <div className="trace-stats__item">
            <dt>Documents</dt>
            <dd>{formatNumber(documents.length)}</dd>
          </div>
          <div className={flagged > 0 ? 'trace-stats__item is-flagged' : 'trace-stats__item'}>
            <dt>Unnamed or unknown origin</dt>
            <dd>{formatNumber(flagged)}</dd>
          </div>
        </dl>
        <div className="trace__charts">
          <StatusChart bars={statusBars(trace.byStatus)} />
          <VerdictChart bars={verdictBars(trace.byVerdict, ratings.value ?? [])} />
        </div>
      </section>

      <RelayedBy source={source} trace={trace} />

      <section className="trace__section" aria-labelledby={`${headingId}-documents`}>
        <h3 className="trace__heading" id={`${headingId}-documents`}>
          Documents <span className="trace__heading-count">{formatNumber(documents.length)}</span>
        </h3>
        <ul className="trace-documents" aria-label="Documents citing this source">
          {documents.map((document) => {
            const first = claims.find((claim) => claim.documentId === document.id);
            return (
              <li key={document.id} className="trace-document">
                <Icon name="document" size={15} className="trace-document__icon" />
                <div className="trace-document__text">
                  <span className="trace-document__title" dir="auto">
                    {document.title}
                  </span>
                  {document.outlet ? <span className="trace-document__outlet">{document.outlet}</span> : null}
                </div>
                <span className="trace-document__count">{countOf(document.claimCount, 'claim')}</span>
                <button
                  type="button"
                  className="toolbar-button toolbar-button--compact"
                  aria-label={`Attribution graph of ${document.title}`}
                  onClick={() => dispatch('open-graph', { documentId: document.id, title: document.title })}
                >
                  <Icon name="graph" size={14} />
                  Graph
                </button>
                {first ? (
                  <button
                    type="button"
                    className="toolbar-button toolbar-button--compact"
                    aria-label={`Open ${document.title}`}
                    onClick={() => dispatch('open-claim', { documentId: document.id, claimId: first.id })}
                  >
                    <Icon name="reader" size={14} />
                    Open
                  </button>
                ) : null}
              </li>
            );
          })}
        </ul>
      </section>

      <TraceCredits credits={credits} headingId={headingId} />

      {/* Keyed by source, so another source's trace starts unfiltered. */}
      <TraceClaimsSection key={source.id} source={source} claims={claims} ratings={ratings.value} headingId={`${headingId}-claims`} />
    </div>
  );
}
