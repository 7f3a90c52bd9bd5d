// Order and narrow the document list: sort field and direction always in view, the filters
// (outlet, publication dates, review progress) folded away until asked for.
import { type ReactNode, useId, useState } from 'react';

import { DOCUMENT_PROGRESS, type DocumentProgress } from '../../core/domain.js';
import { Icon } from '../components/Icon.js';
import { formatNumber } from '../format.js';
import {
  activeFilterCount,
  directionLabel,
  type DocumentQuery,
  type DocumentSort,
  NATURAL_DESCENDING,
  NO_FILTERS,
  PROGRESS_LABELS,
  SORT_LABELS,
} from './document-query.js';
import { useOutlets } from './use-outlets.js';

interface DocumentFilterBarProps {
  query: DocumentQuery;
  onChange: (query: DocumentQuery) => void;
  /** How many documents match, and how many there are in all. */
  shown: number | undefined;
  total: number | undefined;
  /** Shown in place of the sort and filter controls while several documents are selected. */
  selectionBar?: ReactNode;
}

export function DocumentFilterBar({ query, onChange, shown, total, selectionBar }: DocumentFilterBarProps) {
  const id = useId();
  const active = activeFilterCount(query);
  const [open, setOpen] = useState(active > 0);
  const outlets = useOutlets(open);
  const set = (patch: Partial<DocumentQuery>) => onChange({ ...query, ...patch });

  return (
    <div className="filter-bar">
      <div className="filter-bar__row">
        {selectionBar ?? (
          <>
            <label className="select-field select-field--bare filter-bar__sort">
              <span className="filter-bar__sort-label" aria-hidden="true">
                Sort
              </span>
              <span className="visually-hidden">Sort by</span>
              <select
                value={query.sort}
                onChange={(event) => {
                  const sort = event.target.value as DocumentSort;
                  set({ sort, descending: NATURAL_DESCENDING[sort] });
                }}
              >
                {(Object.keys(SORT_LABELS) as DocumentSort[]).map((sort) => (
                  <option key={sort} value={sort}>
                    {SORT_LABELS[sort]}
                  </option>
                ))}
              </select>
              <Icon name="chevronDown" size={13} className="select-field__chevron" />
            </label>
            <button
              type="button"
              className="icon-button icon-button--small"
              aria-label={directionLabel(query.sort, query.descending)}
              title={`${directionLabel(query.sort, query.descending)} (click to reverse)`}
              onClick={() => set({ descending: !query.descending })}
            >
              <Icon name={query.descending ? 'sortDescending' : 'sortAscending'} size={15} />
            </button>
            <span className="filter-bar__spacer" />
            <button
              type="button"
              className={active > 0 ? 'toolbar-button toolbar-button--compact is-active' : 'toolbar-button toolbar-button--compact'}
              aria-expanded={open}
              aria-controls={`${id}-filters`}
              onClick={() => setOpen((value) => !value)}
            >
              <Icon name="filter" size={14} />
              Filters
              {active > 0 ? <span className="filter-bar__badge">{active}</span> : null}
            </button>
          </>
        )}
      </div>
      {open ? (
        <div className="filter-bar__filters" id={`${id}-filters`} role="group" aria-label="Filters">
          <label className="filter-field">
            <span className="filter-field__label">Outlet</span>
            <span className="select-field">
              <select value={query.outlet ?? ''} onChange={(event) => set({ outlet: event.target.value || null })}>
                <option value="">All outlets</option>
                {query.outlet && !outlets?.some((entry) => entry.outlet === query.outlet) ? (
                  <option value={query.outlet}>{query.outlet}</option>
                ) : null}
                {outlets?.map((entry) => (
                  <option key={entry.outlet} value={entry.outlet}>
                    {entry.outlet} ({formatNumber(entry.count)})
                  </option>
                ))}
              </select>
              <Icon name="chevronDown" size={13} className="select-field__chevron" />
            </span>
          </label>
          <label className="filter-field">
            <span className="filter-field__label">Published from</span>
            <input
              type="date"
              className="text-input text-input--compact"
              value={query.publishedFrom ?? ''}
              max={query.publishedTo ?? undefined}
              onChange={(event) => set({ publishedFrom: event.target.value || null })}
            />
          </label>
          <label className="filter-field">
            <span className="filter-field__label">Published to</span>
            <input
              type="date"
              className="text-input text-input--compact"
              value={query.publishedTo ?? ''}
              min={query.publishedFrom ?? undefined}
              onChange={(event) => set({ publishedTo: event.target.value || null })}
            />
          </label>
          <label className="filter-field">
            <span className="filter-field__label">Progress</span>
            <span className="select-field">
              <select
                value={query.progress ?? ''}
                onChange={(event) => set({ progress: (event.target.value || null) as DocumentProgress | null })}
              >
                <option value="">Any progress</option>
                {DOCUMENT_PROGRESS.map((progress) => (
                  <option key={progress} value={progress}>
                    {PROGRESS_LABELS[progress]}
                  </option>
                ))}
              </select>
              <Icon name="chevronDown" size={13} className="select-field__chevron" />
            </span>
          </label>
          <div className="filter-bar__summary">
            <span role="status">
              {active > 0 && shown !== undefined && total !== undefined ? `${formatNumber(shown)} of ${formatNumber(total)} documents` : ''}
            </span>
            <button type="button" className="text-button" disabled={active === 0} onClick={() => set(NO_FILTERS)}>
              Clear filters
            </button>
          </div>
        </div>
      ) : null}
    </div>
  );
}
