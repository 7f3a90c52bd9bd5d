// The left pane: the workbench's documents and its source registry, one tab each, with the import
// tray at its foot.
import { type KeyboardEvent, type Ref, useId, useRef } from 'react';

import type { DocumentSummary, SearchHit, Source } from '../../core/domain.js';
import { Icon, type IconName } from '../components/Icon.js';
import { formatNumber } from '../format.js';
import { ImportPanel } from '../import/ImportPanel.js';
import type { DocumentQuery } from './document-query.js';
import { DocumentsPanel } from './DocumentsPanel.js';
import { SourceList } from './SourceList.js';

export type LibraryView = 'documents' | 'sources';

interface LibraryPaneProps {
  view: LibraryView;
  onViewChange: (view: LibraryView) => void;
  documents: DocumentSummary[] | undefined;
  /** Documents matching the list's filters. */
  documentMatches: number | undefined;
  /** Documents in the workbench. */
  documentTotal: number | undefined;
  documentQuery: DocumentQuery;
  onDocumentQueryChange: (query: DocumentQuery) => void;
  search: string;
  onSearchChange: (search: string) => void;
  searchRef: Ref<HTMLInputElement>;
  sources: Source[] | undefined;
  selectedDocumentId: string | null;
  onSelectDocument: (id: string) => void;
  onOpenMatch: (hit: SearchHit, query: string) => void;
  onMoreDocumentsWanted: () => void;
  onDeleteDocument: (document: DocumentSummary) => void;
  selectedSourceId: string | null;
  onSelectSource: (id: string) => void;
}

const VIEWS: { view: LibraryView; label: string; icon: IconName }[] = [
  { view: 'documents', label: 'Documents', icon: 'documents' },
  { view: 'sources', label: 'Sources', icon: 'sources' },
];

export function LibraryPane(props: LibraryPaneProps) {
  const idPrefix = useId();
  const tabRefs = useRef<Record<LibraryView, HTMLButtonElement | null>>({ documents: null, sources: null });
  const counts: Record<LibraryView, number | undefined> = {
    documents: props.documentTotal,
    sources: props.sources?.length,
  };

  // Arrow keys move between tabs, as in every tab strip; Tab moves on into the list.
  const onTabKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
    event.preventDefault();
    const next = props.view === 'documents' ? 'sources' : 'documents';
    props.onViewChange(next);
    tabRefs.current[next]?.focus();
  };

  return (
    <nav className="pane library" aria-label="Library">
      <div className="tabs" role="tablist" aria-label="Library views" onKeyDown={onTabKeyDown}>
        {VIEWS.map(({ view, label, icon }) => {
          const selected = props.view === view;
          const count = counts[view];
          return (
            <button
              key={view}
              ref={(element) => {
                tabRefs.current[view] = element;
              }}
              type="button"
              role="tab"
              id={`${idPrefix}-${view}-tab`}
              aria-selected={selected}
              aria-controls={selected ? `${idPrefix}-${view}-panel` : undefined}
              tabIndex={selected ? 0 : -1}
              className="tab"
              onClick={() => props.onViewChange(view)}
            >
              <Icon name={icon} size={15} />
              <span>{label}</span>
              {count !== undefined ? <span className="tab__count">{formatNumber(count)}</span> : null}
            </button>
          );
        })}
      </div>
      <div className="tab-panel" role="tabpanel" id={`${idPrefix}-${props.view}-panel`} aria-labelledby={`${idPrefix}-${props.view}-tab`}>
        {props.view === 'documents' ? (
          <DocumentsPanel
            documents={props.documents}
            matching={props.documentMatches}
            total={props.documentTotal}
            query={props.documentQuery}
            onQueryChange={props.onDocumentQueryChange}
            search={props.search}
            onSearchChange={props.onSearchChange}
            searchRef={props.searchRef}
            selectedId={props.selectedDocumentId}
            onSelect={props.onSelectDocument}
            onOpenMatch={props.onOpenMatch}
            onMoreWanted={props.onMoreDocumentsWanted}
            onDelete={props.onDeleteDocument}
          />
        ) : props.sources ? (
          <SourceList sources={props.sources} selectedId={props.selectedSourceId} onSelect={props.onSelectSource} />
        ) : (
          <p className="panel-loading">Loading sources…</p>
        )}
      </div>
      <ImportPanel onOpenDocument={props.onSelectDocument} />
    </nav>
  );
}
