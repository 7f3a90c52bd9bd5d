// The Documents tab: search, import, sort and filters above the list. While a search is typed the
// list gives way to the search results.
import { useState, type Ref } from 'react';
import type { DocumentSummary, SearchHit } from '../../core/domain.js';
import { ContextMenu, type MenuPosition } from '../components/ContextMenu.js';
import { ImportButtonRow, ImportSplitButton } from '../import/ImportButtons.js';
import { requestOpenGraph } from '../tracing/trace-events.js';
import { activeFilterCount, NO_FILTERS, type DocumentQuery } from './document-query.js';
import { DocumentFilterBar } from './DocumentFilterBar.js';
import { DocumentList } from './DocumentList.js';
import { SearchField } from './SearchField.js';
import { SearchResults } from './SearchResults.js';
import { useDocumentSearch } from './use-document-search.js';

export interface DocumentsPanelProps {
  documents: DocumentSummary[] | undefined;
  /** How many documents match the filters, and how many the workbench holds. */
  matching: number | undefined;
  total: number | undefined;
  query: DocumentQuery;
  onQueryChange: (query: DocumentQuery) => void;
  search: string;
  onSearchChange: (search: string) => void;
  searchRef: Ref<HTMLInputElement>;
  selectedId: string | null;
  onSelect: (id: string) => void;
  onOpenMatch: (hit: SearchHit, query: string) => void;
  onMoreWanted: () => void;
  onDelete: (document: DocumentSummary) => void;
  /** Changes whenever documents change, so searches and outlet lists are asked again. */
  refresh: number;
}

export function DocumentsPanel(props: DocumentsPanelProps) {
  const { documents, query, search, selectedId } = props;
  const results = useDocumentSearch(search, props.refresh);
  const [menu, setMenu] = useState<{ document: DocumentSummary; position: MenuPosition } | null>(null);
  const searching = search.trim() !== '';

  return (
    <div className="library-panel">
      <div className="library-panel__toolbar library-toolbar">
        <SearchField
          label="Search documents"
          placeholder="Search documents"
          value={search}
          onChange={props.onSearchChange}
          inputRef={props.searchRef}
          shortcut="Control+F Meta+F"
          onKeyDown={(event) => {
            // From the search field, the arrow key continues into the results.
            if (event.key === 'ArrowDown' && searching) {
              event.preventDefault();
              (event.currentTarget.closest('.library-panel')?.querySelector('[role="listbox"]') as HTMLElement | null)?.focus();
            }
          }}
        />
        <ImportSplitButton />
      </div>
      {searching ? (
        <SearchResults search={results} selectedId={selectedId} onOpen={props.onOpenMatch} />
      ) : (
        <>
          <DocumentFilterBar
            query={query}
            onChange={props.onQueryChange}
            shown={props.matching}
            total={props.total}
            refresh={props.refresh}
          />
          {documents ? (
            <DocumentList
              documents={documents}
              filtered={activeFilterCount(query) > 0}
              selectedId={selectedId}
              onSelect={props.onSelect}
              onEndReached={props.onMoreWanted}
              onDelete={props.onDelete}
              onContextMenu={(document, position) => setMenu({ document, position })}
              emptyActions={<ImportButtonRow />}
              onClearFilters={() => props.onQueryChange({ ...query, ...NO_FILTERS })}
            />
          ) : (
            <p className="panel-loading">Loading documents…</p>
          )}
        </>
      )}
      {menu ? (
        <ContextMenu
          label={`Document ${menu.document.title}`}
          position={menu.position}
          onClose={() => setMenu(null)}
          items={[
            { label: 'Open', icon: 'reader', onSelect: () => props.onSelect(menu.document.id) },
            {
              label: 'Attribution graph',
              icon: 'graph',
              onSelect: () => requestOpenGraph({ documentId: menu.document.id, title: menu.document.title }),
            },
            { label: 'Delete…', icon: 'trash', danger: true, onSelect: () => props.onDelete(menu.document) },
          ]}
        />
      ) : null}
    </div>
  );
}
