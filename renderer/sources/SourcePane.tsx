// The centre pane when a source is open: its registry entry, every claim that leans on it across
// the workbench, and the graph of the chains it sits in. Editing and merging start here, and a
// source created from a suggestion is confirmed, merged or discarded here.
import { type KeyboardEvent, type ReactNode, useEffect, useId, useRef, useState } from 'react';

import type { Source } from '../../core/domain.js';
import { call } from '../api-client.js';
import { EmptyState } from '../components/EmptyState.js';
import { Icon } from '../components/Icon.js';
import { useNotify } from '../components/Notifications.js';
import { countOf, countryName } from '../format.js';
import { SourceDetails } from '../inspector/SourceDetails.js';
import { SourceKindBadge } from '../library/SourceKindBadge.js';
import { SourceGraphView } from '../tracing/SourceGraphView.js';
import { SourceTraceView } from '../tracing/SourceTraceView.js';
import { useLiveResource } from '../use-live-resource.js';
import { DiscardSourceDialog } from './DiscardSourceDialog.js';
import { MergeSourceDialog } from './MergeSourceDialog.js';
import { SOURCE_TABS, type SourceTab } from './source-tabs.js';
import { SourceEditorDialog } from './SourceEditorDialog.js';
import { UnconfirmedBadge } from './UnconfirmedBadge.js';
import { UnconfirmedNotice } from './UnconfirmedNotice.js';

interface SourcePaneProps {
  sourceId: string;
  /** The registry as the library lists it, for the merge picker. */
  sources: readonly Source[] | undefined;
  tab: SourceTab;
  onTabChange: (tab: SourceTab) => void;
  /** Shows another source here: the target of a merge, or the one a merged ID now lives in. */
  onShowSource: (sourceId: string) => void;
  /** The source left the registry (it was discarded): there is nothing left to show here. */
  onSourceGone: () => void;
}

export function SourcePane({ sourceId, sources, tab, onTabChange, onShowSource, onSourceGone }: SourcePaneProps) {
  const notify = useNotify();
  const [editing, setEditing] = useState(false);
  const [merging, setMerging] = useState(false);
  const [discarding, setDiscarding] = useState(false);
  // While a discard is under way the source is about to be gone; asking for it would only fail.
  const leaving = useRef(false);
  const trace = useLiveResource(
    sourceId,
    () => call('sources.trace', { id: sourceId }),
    (event) =>
      !leaving.current &&
      (event.type === 'sources.changed' ||
        event.type === 'claims.changed' ||
        event.type === 'documents.changed' ||
        event.type === 'ratings.changed'),
  );
  const source = trace.value?.source ?? null;

  // A source merged elsewhere (perhaps in another window) now lives on in its target.
  const liveId = source?.id;
  useEffect(() => {
    if (liveId && liveId !== sourceId) onShowSource(liveId);
  }, [liveId, sourceId, onShowSource]);

  return (
    <main className="pane source-pane" aria-label="Source" aria-busy={trace.loading && !source}>
      <div className="pane-header">
        <h2 className="pane-header__title">Source</h2>
        {source ? (
          <div className="pane-header__actions">
            <button type="button" className="toolbar-button" onClick={() => setEditing(true)}>
              <Icon name="edit" size={15} />
              Edit…
            </button>
            {/* An unconfirmed source offers merging in its notice, beside confirming and discarding. */}
            {source.confirmed ? (
              <button type="button" className="toolbar-button" onClick={() => setMerging(true)} disabled={!sources}>
                <Icon name="merge" size={15} />
                Merge into…
              </button>
            ) : null}
          </div>
        ) : null}
      </div>
      <div className="pane-body source-pane__body">
        {source && trace.value ? (
          <>
            <SourceHead source={source} documentCount={trace.value.documents.length} />
            {source.confirmed ? null : (
              <UnconfirmedNotice
                source={source}
                canMerge={sources !== undefined}
                onConfirmed={trace.reload}
                onMerge={() => setMerging(true)}
                onDiscard={() => setDiscarding(true)}
              />
            )}
            <SourceTabs tab={tab} onTabChange={onTabChange} claimCount={trace.value.claims.length}>
              {tab === 'details' ? (
                <SourceDetails source={source} showHeading={false} />
              ) : tab === 'trace' ? (
                <SourceTraceView trace={trace.value} />
              ) : (
                <SourceGraphView source={source} />
              )}
            </SourceTabs>
          </>
        ) : trace.error ? (
          <EmptyState
            icon="alert"
            tone="danger"
            title={trace.error.code === 'not_found' ? 'This source is no longer in the registry' : 'The source could not be opened'}
          >
            {trace.error.message}
          </EmptyState>
        ) : (
          <p className="panel-loading">Opening the source…</p>
        )}
      </div>
      {source ? (
        <>
          <SourceEditorDialog
            open={editing}
            source={source}
            onClose={() => setEditing(false)}
            onSaved={() => {
              trace.reload();
              notify({ tone: 'info', title: 'Source saved' });
            }}
          />
          {sources ? (
            <MergeSourceDialog
              open={merging}
              source={source}
              sources={sources}
              onClose={() => setMerging(false)}
              onMerged={(target) => {
                notify({ tone: 'info', title: `Merged ${source.name} into ${target.name}` });
                onShowSource(target.id);
              }}
            />
          ) : null}
          <DiscardSourceDialog
            open={discarding}
            source={source}
            onClose={() => setDiscarding(false)}
            onPending={(pending) => {
              leaving.current = pending;
              if (!pending) trace.reload();
            }}
            onDiscarded={(claimIds) => {
              notify({
                tone: 'info',
                title: `Discarded ${source.name}`,
                message: claimIds.length === 0 ? 'No chain named it.' : `Removed from the chains of ${countOf(claimIds.length, 'claim')}.`,
              });
              onSourceGone();
            }}
          />
        </>
      ) : null}
    </main>
  );
}

function SourceHead({ source, documentCount }: { source: Source; documentCount: number }) {
  const facts = [
    source.country ? countryName(source.country) : null,
    `${countOf(source.claimCount, 'claim')} in ${countOf(documentCount, 'document')}`,
  ].filter(Boolean);
  return (
    <header className="source-head">
      <h1 className="source-head__name" dir="auto">
        {source.name}
      </h1>
      <div className="source-head__facts">
        <SourceKindBadge kind={source.kind} />
        {source.confirmed ? null : <UnconfirmedBadge />}
        {source.stateAffiliated ? <span className="badge badge--outline">State-affiliated</span> : null}
        {facts.map((fact) => (
          <span key={fact} className="source-head__fact">
            {fact}
          </span>
        ))}
      </div>
    </header>
  );
}

interface SourceTabsProps {
  tab: SourceTab;
  onTabChange: (tab: SourceTab) => void;
  claimCount: number;
  children: ReactNode;
}

function SourceTabs({ tab, onTabChange, claimCount, children }: SourceTabsProps) {
  const idPrefix = useId();
  const refs = useRef<Partial<Record<SourceTab, HTMLButtonElement | null>>>({});
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (step === 0) return;
    event.preventDefault();
    const index = SOURCE_TABS.findIndex((entry) => entry.tab === tab);
    const next = SOURCE_TABS[(index + step + SOURCE_TABS.length) % SOURCE_TABS.length]!.tab;
    onTabChange(next);
    refs.current[next]?.focus();
  };
  return (
    <>
      <div className="tabs source-tabs" role="tablist" aria-label="Source views" onKeyDown={onKeyDown}>
        {SOURCE_TABS.map((entry) => (
          <button
            key={entry.tab}
            ref={(element) => {
              refs.current[entry.tab] = element;
            }}
            type="button"
            role="tab"
            id={`${idPrefix}-${entry.tab}-tab`}
            aria-selected={tab === entry.tab}
            aria-controls={tab === entry.tab ? `${idPrefix}-panel` : undefined}
            tabIndex={tab === entry.tab ? 0 : -1}
            className="tab"
            onClick={() => onTabChange(entry.tab)}
          >
            <Icon name={entry.icon} size={15} />
            <span>{entry.label}</span>
            {entry.tab === 'trace' ? <span className="tab__count">{claimCount}</span> : null}
          </button>
        ))}
      </div>
      <div className="source-tab-panel" role="tabpanel" id={`${idPrefix}-panel`} aria-labelledby={`${idPrefix}-${tab}-tab`}>
        {children}
      </div>
    </>
  );
}
