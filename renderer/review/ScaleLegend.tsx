// Which colour is which verdict, for the bars above it.
import type { Rating } from '../../core/domain.js';
import { UNRATED_COLOR } from './bar-segments.js';

export function ScaleLegend({ ratings }: { ratings: readonly Rating[] }) {
  return (
    <ul className="scale-legend" aria-label="Verdict colours">
      {ratings
        .filter((rating) => !rating.archived)
        .map((rating) => (
          <li key={rating.id}>
            <span className="verdict-swatch verdict-swatch--small" style={{ background: rating.color }} aria-hidden="true" />
            {rating.label}
          </li>
        ))}
      <li>
        <span className="verdict-swatch verdict-swatch--small" style={{ background: UNRATED_COLOR }} aria-hidden="true" />
        No verdict
      </li>
    </ul>
  );
}
