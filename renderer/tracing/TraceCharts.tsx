// Two small charts over a source's claims: review status as bars, verdicts as one stacked bar in
// the colours of the verdict scale.
import { formatNumber } from '../format.js';
import { type ChartBar, describeBars } from './trace-summary.js';

export function StatusChart({ bars }: { bars: ChartBar[] }) {
  const largest = Math.max(1, ...bars.map((bar) => bar.count));
  return (
    <figure className="trace-chart">
      <figcaption className="trace-chart__title">Review status</figcaption>
      <div role="img" aria-label={`Review status: ${describeBars(bars)}`}>
        {bars.map((bar) => (
          <div className="trace-bar" key={bar.key}>
            <span className="trace-bar__label">{bar.label}</span>
            <svg className="trace-bar__track" height="10" width="100%" aria-hidden="true">
              <rect className="trace-bar__rail" x="0" y="0" width="100%" height="10" rx="3" />
              {bar.count > 0 ? (
                <rect x="0" y="0" width={`${(bar.count / largest) * 100}%`} height="10" rx="3" style={{ fill: bar.color }} />
              ) : null}
            </svg>
            <span className="trace-bar__count">{formatNumber(bar.count)}</span>
          </div>
        ))}
      </div>
    </figure>
  );
}

export function VerdictChart({ bars }: { bars: ChartBar[] }) {
  const total = bars.reduce((sum, bar) => sum + bar.count, 0);
  let offset = 0;
  return (
    <figure className="trace-chart">
      <figcaption className="trace-chart__title">Verdicts</figcaption>
      <svg className="trace-stack" width="100%" height="14" role="img" aria-label={`Verdicts: ${describeBars(bars)}`}>
        <rect className="trace-bar__rail" x="0" y="0" width="100%" height="14" rx="4" />
        {total > 0
          ? bars
              .filter((bar) => bar.count > 0)
              .map((bar) => {
                const x = (offset / total) * 100;
                offset += bar.count;
                return (
                  <rect key={bar.key} x={`${x}%`} y="0" width={`${(bar.count / total) * 100}%`} height="14" style={{ fill: bar.color }}>
                    <title>{`${bar.label}: ${bar.count}`}</title>
                  </rect>
                );
              })
          : null}
      </svg>
      <ul className="trace-legend" aria-label="Verdict counts">
        {bars.map((bar) => (
          <li key={bar.key} className={bar.count === 0 ? 'trace-legend__item is-empty' : 'trace-legend__item'}>
            <span className="trace-legend__swatch" style={{ background: bar.color }} aria-hidden="true" />
            <span className="trace-legend__label">{bar.label}</span>
            <span className="trace-legend__count">{formatNumber(bar.count)}</span>
          </li>
        ))}
      </ul>
    </figure>
  );
}
