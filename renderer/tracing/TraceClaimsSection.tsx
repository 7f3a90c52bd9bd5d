// The claims of a source's trace, narrowed if the reviewer asks by the stance of the cue at the
// source ("only as allegations"), with how many each choice keeps.
import { useState } from 'react';

import type { RatingInUse } from '../../core/api/ratings.js';
import type { ClaimInContext, Source } from '../../core/domain.js';
import { CUE_STANCE_LABELS } from '../../core/vocabulary/stances.js';
import { formatNumber } from '../format.js';
import { claimsWithStance, stanceCounts, type TraceStanceFilter as Filter } from './trace-stance.js';
import { TraceClaimList } from './TraceClaimList.js';
import { TraceStanceFilter } from './TraceStanceFilter.js';

interface TraceClaimsSectionProps {
  source: Source;
  claims: ClaimInContext[];
  ratings: readonly RatingInUse[] | undefined;
  headingId: string;
}

export function TraceClaimsSection({ source, claims, ratings, headingId }: TraceClaimsSectionProps) {
  const [filter, setFilter] = useState<Filter>('all');
  const shown = claimsWithStance(claims, source.id, filter);
  return (
    <section className="trace__section" aria-labelledby={headingId}>
      <h3 className="trace__heading" id={headingId}>
        Claims{' '}
        <span className="trace__heading-count">
          {filter === 'all' ? formatNumber(claims.length) : `${formatNumber(shown.length)} of ${formatNumber(claims.length)}`}
        </span>
      </h3>
      <TraceStanceFilter sourceName={source.name} value={filter} counts={stanceCounts(claims, source.id)} onChange={setFilter} />
      {shown.length === 0 ? (
        <p className="trace-stance-filter__empty">
          {filter === 'all' ? 'No claims.' : `No claim’s cue at ${source.name} is ${CUE_STANCE_LABELS[filter].toLowerCase()}.`}
        </p>
      ) : (
        <TraceClaimList claims={shown} sourceId={source.id} ratings={ratings} />
      )}
    </section>
  );
}
