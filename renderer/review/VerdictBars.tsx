// Verdicts per source or per document as horizontal stacked bars in the scale's colours. Each
// segment is a button: choosing it shows those claims in the queue.
import type { Rating } from '../../core/domain.js';
import { countOf } from '../format.js';
import { barSegments } from './bar-segments.js';

const BAR_WIDTH = 100;

export interface BarRow {
  id: string;
  label: string;
  detail: string | null;
  total: number;
  byVerdict: Record<string, number>;
}

interface VerdictBarsProps {
  title: string;
  rows: readonly BarRow[];
  ratings: readonly Rating[];
  empty: string;
  onChoose: (rowId: string, verdict: string) => void;
}

export function VerdictBars({ title, rows, ratings, empty, onChoose }: VerdictBarsProps) {
  return (
    <section className="dashboard-card" aria-label={title}>
      <h3 className="dashboard-card__title">{title}</h3>
      {rows.length === 0 ? <p className="verification-empty">{empty}</p> : null}
      <ul className="verdict-bars">
        {rows.map((row) => (
          <li key={row.id} className="verdict-bars__row">
            <div className="verdict-bars__label">
              <span className="verdict-bars__name" title={row.label}>
                {row.label}
              </span>
              {row.detail ? <span className="verdict-bars__detail">{row.detail}</span> : null}
            </div>
            <svg
              className="verdict-bars__bar"
              viewBox={`0 0 ${BAR_WIDTH} 10`}
              preserveAspectRatio="none"
              role="group"
              aria-label={`${row.label}: ${countOf(row.total, 'claim')}`}
            >
              {barSegments(row.byVerdict, ratings, BAR_WIDTH).map((segment) => {
                const name = `${row.label}, ${segment.label}: ${countOf(segment.count, 'claim')}`;
                return (
                  <rect
                    key={segment.verdict}
                    x={segment.x}
                    y={0}
                    width={segment.width}
                    height={10}
                    fill={segment.color}
                    className="verdict-bars__segment"
                    role="button"
                    tabIndex={0}
                    aria-label={name}
                    onClick={() => onChoose(row.id, segment.verdict)}
                    onKeyDown={(event) => {
                      if (event.key === 'Enter' || event.key === ' ') {
                        event.preventDefault();
                        onChoose(row.id, segment.verdict);
                      }
                    }}
                  >
                    <title>{name}</title>
                  </rect>
                );
              })}
            </svg>
            <span className="verdict-bars__total">{row.total}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
