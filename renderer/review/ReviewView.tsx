// The review workspace, shown instead of library | reader | inspector: the queue to work through
// claims one after another, and the dashboard of where the review stands.
import { type KeyboardEvent, useId, useRef, useState } from 'react';

import type { DocumentSummary, Source } from '../../core/domain.js';
import { call } from '../api-client.js';
import { Icon, type IconName } from '../components/Icon.js';
import { useLiveResource } from '../use-live-resource.js';
import { useRatings } from '../verification/use-ratings.js';
import { Dashboard } from './Dashboard.js';
import { NO_FILTERS, type QueueFilters } from './queue-filters.js';
import { ReviewQueue } from './ReviewQueue.js';

export type ReviewTab = 'queue' | 'dashboard';

const TABS: { tab: ReviewTab; label: string; icon: IconName }[] = [
  { tab: 'queue', label: 'Queue', icon: 'claim' },
  { tab: 'dashboard', label: 'Dashboard', icon: 'filter' },
];

const NO_SOURCES: Source[] = [];
const NO_DOCUMENTS: DocumentSummary[] = [];

export function ReviewView({ onClose }: { onClose: () => void }) {
  const idPrefix = useId();
  const [tab, setTab] = useState<ReviewTab>('queue');
  const [filters, setFilters] = useState<QueueFilters>(NO_FILTERS);
  const { ratings } = useRatings();
  const tabRefs = useRef<Record<ReviewTab, HTMLButtonElement | null>>({ queue: null, dashboard: null });

  // The filter bar's choices: every source with claims and every document. A list that cannot be
  // loaded leaves the choices as they were: the filters are a convenience. A document going to the
  // bin takes its claims out of its sources' counts, so documents changing asks for the sources too.
  const sourceList = useLiveResource('sources', () => call('sources.list'), ['sources.changed', 'documents.changed']);
  const documentList = useLiveResource(
    'documents',
    async () => (await call('documents.list', { sort: 'title', descending: false, limit: 5000 })).items,
    ['documents.changed'],
  );
  const sources = sourceList.value ?? NO_SOURCES;
  const documents = documentList.value ?? NO_DOCUMENTS;

  const onTabKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
    event.preventDefault();
    const next = tab === 'queue' ? 'dashboard' : 'queue';
    setTab(next);
    tabRefs.current[next]?.focus();
  };

  return (
    <main className="review-view" aria-label="Review">
      <div className="review-view__bar">
        <div className="tabs review-view__tabs" role="tablist" aria-label="Review views" onKeyDown={onTabKeyDown}>
          {TABS.map(({ tab: value, label, icon }) => (
            <button
              key={value}
              ref={(element) => {
                tabRefs.current[value] = element;
              }}
              type="button"
              role="tab"
              id={`${idPrefix}-${value}-tab`}
              aria-selected={tab === value}
              aria-controls={tab === value ? `${idPrefix}-${value}-panel` : undefined}
              tabIndex={tab === value ? 0 : -1}
              className="tab"
              onClick={() => setTab(value)}
            >
              <Icon name={icon} size={15} />
              <span>{label}</span>
            </button>
          ))}
        </div>
        <button type="button" className="toolbar-button" onClick={onClose}>
          <Icon name="reader" size={15} />
          Back to documents
        </button>
      </div>
      <div className="review-view__panel" role="tabpanel" id={`${idPrefix}-${tab}-panel`} aria-labelledby={`${idPrefix}-${tab}-tab`}>
        {tab === 'queue' ? (
          <ReviewQueue filters={filters} onFiltersChange={setFilters} ratings={ratings ?? []} sources={sources} documents={documents} />
        ) : (
          <Dashboard
            onShowQueue={(next) => {
              setFilters(next);
              setTab('queue');
            }}
          />
        )}
      </div>
    </main>
  );
}
