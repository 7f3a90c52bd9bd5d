// "All | Neutral | Distancing | Endorsing" above a source's claims, each with how many claims it
// keeps: the stance of the cue at this source, so a reviewer can list what an outlet only ever
// alleged.
import { useId } from 'react';

import { CUE_STANCE_HINTS, CUE_STANCE_LABELS } from '../../core/vocabulary/stances.js';
import { formatNumber } from '../format.js';
import { TRACE_STANCE_FILTERS, type TraceStanceFilter as Filter } from './trace-stance.js';

interface TraceStanceFilterProps {
  sourceName: string;
  value: Filter;
  counts: Record<Filter, number>;
  onChange: (filter: Filter) => void;
}

export function TraceStanceFilter({ sourceName, value, counts, onChange }: TraceStanceFilterProps) {
  const name = useId();
  const labelId = `${name}-label`;
  return (
    <div className="trace-stance-filter">
      <span className="trace-stance-filter__label" id={labelId}>
        Cue stance at {sourceName}
      </span>
      <div className="segmented segmented--compact" role="radiogroup" aria-labelledby={labelId}>
        {TRACE_STANCE_FILTERS.map((filter) => (
          <label key={filter} className="segmented__option" title={filter === 'all' ? undefined : CUE_STANCE_HINTS[filter]}>
            <input type="radio" name={name} value={filter} checked={value === filter} onChange={() => onChange(filter)} />
            <span>
              {filter === 'all' ? 'All' : CUE_STANCE_LABELS[filter]}
              <span className="tab__count" aria-hidden="true">
                {formatNumber(counts[filter])}
              </span>
              <span className="visually-hidden">({formatNumber(counts[filter])})</span>
            </span>
          </label>
        ))}
      </div>
    </div>
  );
}
