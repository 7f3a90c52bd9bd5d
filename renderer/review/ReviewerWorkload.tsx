// Who has how much left: claims per assigned reviewer and status, so an editor can see at a glance
// whose desk is piling up and what nobody has picked up. Any count opens those claims in the queue.
import type { ReviewerWorkload as Workload } from '../../core/api/review.js';
import { CLAIM_STATUSES } from '../../core/domain.js';
import { STATUS_LABELS } from '../../core/vocabulary/status-labels.js';
import { formatNumber } from '../format.js';
import { NO_FILTERS, type QueueFilters } from './queue-filters.js';

const UNASSIGNED_LABEL = 'Unassigned';

export function ReviewerWorkload({ rows, onShowQueue }: { rows: readonly Workload[]; onShowQueue: (filters: QueueFilters) => void }) {
  const anyAssigned = rows.some((row) => row.assignee !== null);
  const filtersFor = (row: Workload): QueueFilters =>
    row.assignee === null ? { ...NO_FILTERS, unassigned: true } : { ...NO_FILTERS, reviewer: row.assignee };
  return (
    <section className="dashboard-card dashboard-card--wide" aria-label="Workload by reviewer">
      <h3 className="dashboard-card__title">Workload by reviewer</h3>
      {!anyAssigned ? (
        <p className="dashboard-card__help">No claim is assigned yet. Assign claims in the claim inspector to share out the day’s work.</p>
      ) : null}
      {rows.length > 0 ? (
        <table className="workload">
          <thead>
            <tr>
              <th scope="col">Reviewer</th>
              {CLAIM_STATUSES.map((status) => (
                <th key={status} scope="col" className="workload__count">
                  {STATUS_LABELS[status]}
                </th>
              ))}
              <th scope="col" className="workload__count">
                Total
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => {
              const name = row.assignee ?? UNASSIGNED_LABEL;
              return (
                <tr key={row.assignee ?? ''} className={row.assignee === null ? 'workload__unassigned' : undefined}>
                  <th scope="row" className="workload__name" title={name}>
                    {name}
                  </th>
                  {CLAIM_STATUSES.map((status) => {
                    const count = row.byStatus[status];
                    return (
                      <td key={status} className="workload__count">
                        {count > 0 ? (
                          <button
                            type="button"
                            className={`workload__button workload__button--${status}`}
                            aria-label={`${name}, ${STATUS_LABELS[status]}: ${count}`}
                            onClick={() => onShowQueue({ ...filtersFor(row), status })}
                          >
                            {formatNumber(count)}
                          </button>
                        ) : (
                          <span className="workload__zero">0</span>
                        )}
                      </td>
                    );
                  })}
                  <td className="workload__count">
                    <button
                      type="button"
                      className="workload__button workload__button--total"
                      aria-label={`${name}, all claims: ${row.total}`}
                      onClick={() => onShowQueue(filtersFor(row))}
                    >
                      {formatNumber(row.total)}
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}
