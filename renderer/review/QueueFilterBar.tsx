// The queue's filters: status, verdict, source, document, tag and the reviewer the claims are
// assigned to (or nobody), with "Mine" as a one-click shortcut to the reviewer's own claims. Each
// is one native control, so every platform's keyboard and screen reader know it.
import type { ReactNode } from 'react';

import { CHAIN_FILTERS } from '../../core/api/review.js';
import { CLAIM_STATUSES, type DocumentSummary, type Rating, type Source } from '../../core/domain.js';
import { sameReviewer } from '../../core/review/assignee.js';
import { ORIGIN_FILTERS } from '../../core/review/origins.js';
import { CHAIN_FILTER_LABELS } from '../../core/vocabulary/chain-filters.js';
import { ORIGIN_FILTER_LABELS } from '../../core/vocabulary/origins.js';
import { ORPHANED_HINT, REVISED_HINT } from '../../core/vocabulary/second-look.js';
import { STATUS_LABELS } from '../../core/vocabulary/status-labels.js';
import { Icon, type IconName } from '../components/Icon.js';
import {
  activeFilterCount,
  ANY_REVIEWER,
  NO_FILTERS,
  type QueueFilters,
  reviewerChoice,
  UNASSIGNED_CHOICE,
  withReviewerChoice,
} from './queue-filters.js';
import { useReviewers } from './use-reviewers.js';

interface QueueFilterBarProps {
  filters: QueueFilters;
  onChange: (filters: QueueFilters) => void;
  ratings: readonly Rating[];
  sources: readonly Source[];
  documents: readonly DocumentSummary[];
}

export function QueueFilterBar({ filters, onChange, ratings, sources, documents }: QueueFilterBarProps) {
  const set = (patch: Partial<QueueFilters>) => onChange({ ...filters, ...patch });
  const usedSources = sources.filter((source) => source.claimCount > 0 || source.id === filters.sourceId);
  const { names, me } = useReviewers();
  const chosenReviewer = reviewerChoice(filters);
  // A reviewer chosen elsewhere (or since renamed) stays choosable, so the picker shows the filter in force.
  const reviewerNames =
    chosenReviewer && chosenReviewer !== UNASSIGNED_CHOICE && !names.some((name) => sameReviewer(name, chosenReviewer))
      ? [...names, chosenReviewer]
      : names;
  const mine = Boolean(me) && !filters.unassigned && sameReviewer(filters.reviewer.trim() || null, me);
  return (
    <div className="queue-filters" role="group" aria-label="Queue filters">
      <SelectFilter
        label="Status"
        value={filters.status ?? ''}
        onChange={(value) => set({ status: (value || null) as QueueFilters['status'] })}
      >
        <option value="">Any status</option>
        {CLAIM_STATUSES.map((status) => (
          <option key={status} value={status}>
            {STATUS_LABELS[status]}
          </option>
        ))}
      </SelectFilter>
      <SelectFilter label="Verdict" value={filters.verdict ?? ''} onChange={(value) => set({ verdict: value || null })}>
        <option value="">Any verdict</option>
        <option value="none">No verdict</option>
        {ratings.map((rating) => (
          <option key={rating.id} value={rating.id}>
            {rating.label}
            {rating.archived ? ' (archived)' : ''}
          </option>
        ))}
      </SelectFilter>
      <SelectFilter label="Source" value={filters.sourceId ?? ''} onChange={(value) => set({ sourceId: value || null })}>
        <option value="">Any source</option>
        {usedSources.map((source) => (
          <option key={source.id} value={source.id}>
            {source.name}
          </option>
        ))}
      </SelectFilter>
      <SelectFilter label="Document" value={filters.documentId ?? ''} onChange={(value) => set({ documentId: value || null })}>
        <option value="">Any document</option>
        {documents.map((document) => (
          <option key={document.id} value={document.id}>
            {document.title}
          </option>
        ))}
      </SelectFilter>
      <label className="queue-filter">
        <span className="queue-filter__label">Tag</span>
        <input
          className="text-input text-input--compact"
          value={filters.tag}
          placeholder="Any"
          onChange={(event) => set({ tag: event.target.value })}
        />
      </label>
      <SelectFilter
        label="Reviewer"
        value={pickerValue(chosenReviewer, reviewerNames)}
        onChange={(value) => onChange(withReviewerChoice(filters, value))}
      >
        <option value={ANY_REVIEWER}>Anyone</option>
        <option value={UNASSIGNED_CHOICE}>Unassigned</option>
        {reviewerNames.length > 0 ? (
          <optgroup label="Assigned to">
            {reviewerNames.map((name) => (
              <option key={name} value={name}>
                {me && sameReviewer(name, me) ? `${name} (you)` : name}
              </option>
            ))}
          </optgroup>
        ) : null}
      </SelectFilter>
      <SelectFilter
        label="Origins"
        value={filters.origin ?? ''}
        onChange={(value) => set({ origin: (value || null) as QueueFilters['origin'] })}
      >
        <option value="">Any origins</option>
        {ORIGIN_FILTERS.map((origin) => (
          <option key={origin} value={origin}>
            {ORIGIN_FILTER_LABELS[origin]}
          </option>
        ))}
      </SelectFilter>
      <SelectFilter
        label="Chain"
        value={filters.chain ?? ''}
        onChange={(value) => set({ chain: (value || null) as QueueFilters['chain'] })}
      >
        <option value="">Any chain</option>
        {CHAIN_FILTERS.map((chain) => (
          <option key={chain} value={chain}>
            {CHAIN_FILTER_LABELS[chain]}
          </option>
        ))}
      </SelectFilter>
      <ToggleFilter pressed={filters.orphaned} icon="unlink" hint={ORPHANED_HINT} onToggle={() => set({ orphaned: !filters.orphaned })}>
        Orphaned
      </ToggleFilter>
      <ToggleFilter pressed={filters.revised} icon="edit" hint={REVISED_HINT} onToggle={() => set({ revised: !filters.revised })}>
        Changed after publication
      </ToggleFilter>
      {me ? (
        <ToggleFilter
          pressed={mine}
          icon="person"
          hint={`Claims assigned to ${me}`}
          onToggle={() => onChange(withReviewerChoice(filters, mine ? ANY_REVIEWER : me))}
        >
          Mine
        </ToggleFilter>
      ) : null}
      {activeFilterCount(filters) > 0 ? (
        <button type="button" className="toolbar-button toolbar-button--compact queue-filters__clear" onClick={() => onChange(NO_FILTERS)}>
          <Icon name="close" size={13} />
          Clear filters
        </button>
      ) : null}
    </div>
  );
}

/** A filter that is on or off, pressed like a toolbar button. */
function ToggleFilter({
  pressed,
  icon,
  hint,
  onToggle,
  children,
}: {
  pressed: boolean;
  icon: IconName;
  hint: string;
  onToggle: () => void;
  children: ReactNode;
}) {
  return (
    <button
      type="button"
      className={`toolbar-button toolbar-button--compact queue-filters__toggle${pressed ? ' is-active' : ''}`}
      aria-pressed={pressed}
      title={hint}
      onClick={onToggle}
    >
      <Icon name={icon} size={13} />
      {children}
    </button>
  );
}

function SelectFilter({
  label,
  value,
  onChange,
  children,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  children: ReactNode;
}) {
  return (
    <label className="queue-filter">
      <span className="queue-filter__label">{label}</span>
      <span className="select-field">
        <select value={value} onChange={(event) => onChange(event.target.value)}>
          {children}
        </select>
        <Icon name="chevronDown" size={13} className="select-field__chevron" />
      </span>
    </label>
  );
}

/** The option that shows a reviewer filter: the listed spelling of the name, whatever case it was asked in. */
function pickerValue(choice: string, names: readonly string[]): string {
  if (choice === ANY_REVIEWER || choice === UNASSIGNED_CHOICE) return choice;
  return names.find((name) => sameReviewer(name, choice)) ?? choice;
}
