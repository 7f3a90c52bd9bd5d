// Where the review stands: claims per status and verdict, verdicts per source and per document,
// each reviewer's workload, orphans and chains that end in nobody, recent activity, and the verdict scale itself. Any count
// or bar segment opens the queue filtered to those claims.
import { CLAIM_STATUSES, type Rating } from '../../core/domain.js';
import { describeHistory } from '../../core/review/history-lines.js';
import { ORIGIN_FLAG_HINTS } from '../../core/vocabulary/origins.js';
import { FLAGGED_CHAIN_HINT, ORPHANED_HINT, REVISED_HINT } from '../../core/vocabulary/second-look.js';
import { STATUS_LABELS } from '../../core/vocabulary/status-labels.js';
import { formatNumber } from '../format.js';
import { UNRATED_COLOR } from './bar-segments.js';
import { NO_FILTERS, type QueueFilters } from './queue-filters.js';
import { RatingScaleEditor } from './RatingScaleEditor.js';
import { ReviewerWorkload } from './ReviewerWorkload.js';
import { ScaleLegend } from './ScaleLegend.js';
import { useDashboard } from './use-dashboard.js';
import { VerdictBars } from './VerdictBars.js';

const timeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function Dashboard({ onShowQueue }: { onShowQueue: (filters: QueueFilters) => void }) {
  const { dashboard, error } = useDashboard();
  if (error && !dashboard) {
    return (
      <p className="verification-alert" role="alert">
        {error}
      </p>
    );
  }
  if (!dashboard) return <p className="panel-loading">Loading the dashboard…</p>;

  const ratings: Rating[] = dashboard.ratings;
  const verdictRows = [
    ...ratings.map((rating) => ({ id: rating.id, label: rating.label, color: rating.color, count: dashboard.byVerdict[rating.key] ?? 0 })),
    { id: 'none', label: 'No verdict', color: UNRATED_COLOR, count: dashboard.byVerdict.unrated ?? 0 },
  ];

  return (
    <div className="dashboard">
      <section className="dashboard-card dashboard-card--wide" aria-label="Claims by status">
        <h3 className="dashboard-card__title">Claims by status</h3>
        <div className="stat-tiles">
          <div className="stat-tile stat-tile--total">
            <span className="stat-tile__value">{formatNumber(dashboard.totalClaims)}</span>
            <span className="stat-tile__label">Claims</span>
          </div>
          {CLAIM_STATUSES.map((status) => (
            <button
              key={status}
              type="button"
              className={`stat-tile stat-tile--${status}`}
              aria-label={`${STATUS_LABELS[status]}: ${formatNumber(dashboard.byStatus[status])}`}
              onClick={() => onShowQueue({ ...NO_FILTERS, status })}
            >
              {/* The words in the order the name says them (the tile shows the number on top), so
                  the visible label is part of the name a speech user calls the button by. */}
              <span className="stat-tile__label">{STATUS_LABELS[status]}</span>{' '}
              <span className="stat-tile__value">{formatNumber(dashboard.byStatus[status])}</span>
            </button>
          ))}
        </div>
      </section>

      <section className="dashboard-card dashboard-card--wide" aria-label="Needs a second look">
        <h3 className="dashboard-card__title">Needs a second look</h3>
        <div className="stat-tiles">
          <SecondLookTile
            label={`Single origin · ${formatNumber(dashboard.singleOrigin.unnamed)} unnamed`}
            count={dashboard.singleOrigin.total}
            hint={ORIGIN_FLAG_HINTS['single-origin']}
            onShow={() => onShowQueue({ ...NO_FILTERS, origin: 'single' })}
          />
          <SecondLookTile
            label="Changed after publication"
            count={dashboard.revisedCount}
            hint={REVISED_HINT}
            onShow={() => onShowQueue({ ...NO_FILTERS, revised: true })}
          />
          <SecondLookTile
            label="Orphaned"
            count={dashboard.orphanCount}
            hint={ORPHANED_HINT}
            onShow={() => onShowQueue({ ...NO_FILTERS, orphaned: true })}
          />
          <SecondLookTile
            label={`Flagged chains · ${formatNumber(dashboard.flaggedChains.unnamed)} unnamed, ${formatNumber(dashboard.flaggedChains.unknown)} unknown`}
            count={dashboard.flaggedChains.unnamed + dashboard.flaggedChains.unknown}
            hint={FLAGGED_CHAIN_HINT}
            onShow={() => onShowQueue({ ...NO_FILTERS, chain: 'flagged' })}
          />
        </div>
      </section>

      <section className="dashboard-card" aria-label="Claims by verdict">
        <h3 className="dashboard-card__title">Claims by verdict</h3>
        <ul className="verdict-counts">
          {verdictRows.map((row) => (
            <li key={row.id}>
              <button
                type="button"
                className="verdict-counts__row"
                aria-label={`${row.label}: ${formatNumber(row.count)}`}
                onClick={() => onShowQueue({ ...NO_FILTERS, verdict: row.id })}
              >
                <span className="verdict-swatch verdict-swatch--small" style={{ background: row.color }} aria-hidden="true" />
                <span className="verdict-counts__label">{row.label}</span>
                <span className="verdict-counts__bar" aria-hidden="true">
                  <span
                    style={{
                      width: `${dashboard.totalClaims ? (row.count / dashboard.totalClaims) * 100 : 0}%`,
                      background: row.color,
                    }}
                  />
                </span>{' '}
                <span className="verdict-counts__value">{formatNumber(row.count)}</span>
              </button>
            </li>
          ))}
        </ul>
      </section>

      <section className="dashboard-card" aria-label="Recent activity">
        <h3 className="dashboard-card__title">Recent activity</h3>
        {dashboard.recentActivity.length === 0 ? <p className="verification-empty">Nothing has happened yet.</p> : null}
        {/* It scrolls on its own, so it takes the focus and the arrow keys can scroll it. */}
        <ol className="activity" tabIndex={dashboard.recentActivity.length > 0 ? 0 : undefined} aria-label="Recent activity, newest first">
          {dashboard.recentActivity.map((event) => {
            const line = describeHistory(event, ratings);
            return (
              <li key={event.id} className="activity__item">
                <div className="activity__head">
                  <span className="activity__what">{line.what}</span>
                  <time className="activity__when" dateTime={event.at}>
                    {timeFormat.format(new Date(event.at))}
                  </time>
                </div>
                <div className="activity__detail">
                  <span className="activity__who">{event.actor}</span>
                  {(line.to ?? line.from) ? <span className="activity__value"> · {line.to ?? line.from}</span> : null}
                </div>
              </li>
            );
          })}
        </ol>
      </section>

      <div className="dashboard-card dashboard-card--wide dashboard-legend">
        <ScaleLegend ratings={ratings} />
      </div>

      <VerdictBars
        title="Verdicts by source"
        ratings={ratings}
        empty="No claim is attributed to a source yet."
        rows={dashboard.bySource.map((source) => ({
          id: source.sourceId,
          label: source.name,
          detail: null,
          total: source.total,
          byVerdict: source.byVerdict,
        }))}
        onChoose={(sourceId, verdict) => onShowQueue({ ...NO_FILTERS, sourceId, verdict })}
      />
      <VerdictBars
        title="Verdicts by document"
        ratings={ratings}
        empty="No document has claims yet."
        rows={dashboard.byDocument.map((document) => ({
          id: document.documentId,
          label: document.title,
          detail: document.outlet,
          total: document.total,
          byVerdict: document.byVerdict,
        }))}
        onChoose={(documentId, verdict) => onShowQueue({ ...NO_FILTERS, documentId, verdict })}
      />

      <ReviewerWorkload rows={dashboard.byReviewer} onShowQueue={onShowQueue} />

      <RatingScaleEditor />
    </div>
  );
}

/** A count of claims that need a second look; it opens the queue on them. */
function SecondLookTile({ label, count, hint, onShow }: { label: string; count: number; hint: string; onShow: () => void }) {
  return (
    <button type="button" className="stat-tile stat-tile--warning" title={hint} onClick={onShow}>
      {/* The label first, as the name a speech user calls the button by; the tile shows the number on top. */}
      <span className="stat-tile__label">{label}</span> <span className="stat-tile__value">{formatNumber(count)}</span>
    </button>
  );
}
