// The review queue: every live claim matching the filters, with the current claim's verification
// beside it, worked through from the keyboard.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';

import { chainLine } from '../../core/claims/chain-line.js';
import type { DocumentSummary, Rating, Source } from '../../core/domain.js';
import { dispatch } from '../commands/app-commands.js';
import { EmptyState } from '../components/EmptyState.js';
import { VirtualListbox } from '../components/VirtualListbox.js';
import { queueExport } from '../export/export-scope.js';
import { countOf, formatNumber } from '../format.js';
import { ClaimVerification } from '../verification/ClaimVerification.js';
import { activeFilterCount, NO_FILTERS, type QueueFilters } from './queue-filters.js';
import { isTextEntry, queueCommand } from './queue-keys.js';
import { QueueFilterBar } from './QueueFilterBar.js';
import { QUEUE_ROW_HEIGHT, QueueRow } from './QueueRow.js';
import { ShortcutLegend } from './ShortcutLegend.js';
import { useReviewQueue } from './use-review-queue.js';

interface ReviewQueueProps {
  filters: QueueFilters;
  onFiltersChange: (filters: QueueFilters) => void;
  ratings: readonly Rating[];
  sources: readonly Source[];
  documents: readonly DocumentSummary[];
}

export function ReviewQueue({ filters, onFiltersChange, ratings, sources, documents }: ReviewQueueProps) {
  const queue = useReviewQueue(filters);
  const items = useMemo(() => queue.items ?? [], [queue.items]);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const lastIndex = useRef(0);
  const listArea = useRef<HTMLDivElement>(null);

  // The selection follows the claim; when it leaves the queue (its status no longer matches the
  // filter), the claim that took its place becomes current.
  const selectedIndex = items.findIndex((item) => item.id === selectedId);
  useEffect(() => {
    if (items.length === 0) return;
    if (selectedIndex >= 0) {
      lastIndex.current = selectedIndex;
      return;
    }
    setSelectedId(items[Math.min(lastIndex.current, items.length - 1)]!.id);
  }, [items, selectedIndex]);
  const current = selectedIndex >= 0 ? items[selectedIndex] : undefined;

  const focusList = useCallback(() => listArea.current?.querySelector<HTMLElement>('[role="listbox"]')?.focus(), []);

  const select = useCallback(
    (index: number) => {
      const target = items[Math.max(0, Math.min(items.length - 1, index))];
      if (!target) return;
      setSelectedId(target.id);
      // The list renders only the rows in view; this brings the chosen row into it.
      const list = listArea.current?.querySelector<HTMLElement>('[role="listbox"]');
      if (list) {
        const top = items.indexOf(target) * QUEUE_ROW_HEIGHT;
        if (top < list.scrollTop) list.scrollTop = top;
        else if (top + QUEUE_ROW_HEIGHT > list.scrollTop + list.clientHeight) list.scrollTop = top + QUEUE_ROW_HEIGHT - list.clientHeight;
      }
    },
    [items],
  );

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      const target = event.target instanceof Element ? event.target : null;
      // Dialogs and menus own their keys.
      if (target?.closest('dialog, [role="menu"]')) return;
      const command = queueCommand({
        key: event.key,
        ctrlKey: event.ctrlKey,
        metaKey: event.metaKey,
        altKey: event.altKey,
        inField: isTextEntry(target),
        onList: target?.getAttribute('role') === 'listbox',
        onControl: Boolean(target?.closest('button, a[href], summary, [role="radio"], [role="tab"]')),
      });
      if (!command || !current) return;
      event.preventDefault();
      const at = selectedIndex < 0 ? 0 : selectedIndex;
      switch (command.kind) {
        case 'next':
          select(at + 1);
          break;
        case 'previous':
          select(at - 1);
          break;
        case 'open':
          dispatch('open-claim', { documentId: current.documentId, claimId: current.id });
          break;
        case 'verdict':
          dispatch('verify-claim', { claimId: current.id, action: { kind: 'verdict-key', key: command.key } });
          break;
        case 'focus-rationale':
          dispatch('verify-claim', { claimId: current.id, action: { kind: 'focus-rationale' } });
          break;
        case 'next-status':
          dispatch('verify-claim', { claimId: current.id, action: { kind: 'next-status' } });
          break;
      }
    };
    // Heard before the workbench-wide shortcuts (J/K step through the reader's claims there): a key
    // the queue acts on is marked handled, and they leave it alone.
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, [current, selectedIndex, select]);

  const reload = queue.reload;
  const onChanged = useCallback(() => void reload(), [reload]);
  const filtered = activeFilterCount(filters) > 0;

  return (
    <div className="review-queue">
      <QueueFilterBar filters={filters} onChange={onFiltersChange} ratings={ratings} sources={sources} documents={documents} />
      <div className="review-queue__body">
        <div className="review-queue__list" ref={listArea}>
          <div className="review-queue__summary-bar">
            <div className="review-queue__summary" role="status">
              {queue.items === undefined
                ? 'Loading claims…'
                : queue.total > items.length
                  ? `Showing ${formatNumber(items.length)} of ${countOf(queue.total, 'claim')}`
                  : countOf(queue.total, 'claim')}
            </div>
            {items.length > 0 ? (
              <button
                type="button"
                className="text-button"
                onClick={() => dispatch('open-export', { queue: queueExport(filters, { ratings, sources, documents }, queue.total) })}
              >
                Export these…
              </button>
            ) : null}
          </div>
          {queue.error ? (
            <p className="verification-alert" role="alert">
              {queue.error}
            </p>
          ) : null}
          {queue.items !== undefined && items.length === 0 ? (
            <EmptyState
              icon="claim"
              title={filtered ? 'No claim matches these filters' : 'No claims to review yet'}
              actions={
                filtered ? (
                  <button type="button" className="button" onClick={() => onFiltersChange(NO_FILTERS)}>
                    Clear filters
                  </button>
                ) : undefined
              }
            >
              {filtered ? 'Loosen a filter to see more claims.' : 'Highlight claims in the reader; they are listed here for review.'}
            </EmptyState>
          ) : (
            <VirtualListbox
              items={items}
              label="Claims to review"
              rowHeight={QUEUE_ROW_HEIGHT}
              getKey={(item) => item.id}
              selectedKey={current?.id ?? null}
              onSelect={setSelectedId}
              renderRow={(item) => <QueueRow item={item} />}
            />
          )}
          <ShortcutLegend />
        </div>
        <div className="review-queue__panel">
          {current ? (
            <>
              <header className="review-queue__claim">
                <blockquote className="review-queue__quote">{current.quote}</blockquote>
                <p className="review-queue__source">
                  {current.documentTitle}
                  {current.documentOutlet ? ` · ${current.documentOutlet}` : ''}
                  {current.hops.length > 0 ? ` · ${chainLine(current.hops)}` : ''}
                </p>
                <button
                  type="button"
                  className="button button--small"
                  onClick={() => dispatch('open-claim', { documentId: current.documentId, claimId: current.id })}
                >
                  Open in reader
                </button>
              </header>
              <ClaimVerification claim={current} onChanged={onChanged} onLeaveEditor={focusList} />
            </>
          ) : queue.items !== undefined && items.length > 0 ? null : (
            <EmptyState icon="claim" title="No claim selected">
              Choose a claim in the list to review it.
            </EmptyState>
          )}
        </div>
      </div>
    </div>
  );
}
