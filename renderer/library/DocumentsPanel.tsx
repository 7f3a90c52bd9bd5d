// The Documents tab: search, import, sort and filters above the list. While a search is typed the
// list gives way to the search results. Several documents can be selected to edit them together.
import { type Ref, useEffect, useMemo, useRef, useState } from 'react';

import type { DocumentSummary, SearchHit } from '../../core/domain.js';
import { dispatch } from '../commands/app-commands.js';
import { ContextMenu, type MenuItem, type MenuPosition } from '../components/ContextMenu.js';
import { FOLLOWS_OPEN, type ListSelection, selectedKeys } from '../components/list-selection.js';
import { useNotify } from '../components/Notifications.js';
import { ImportButtonRow, ImportSplitButton } from '../import/ImportButtons.js';
import { savedTitle } from './batch-edit.js';
import { activeFilterCount, type DocumentQuery, NO_FILTERS } from './document-query.js';
import { DocumentFilterBar } from './DocumentFilterBar.js';
import { DocumentList } from './DocumentList.js';
import { EditOutletDateDialog } from './EditOutletDateDialog.js';
import { SearchField } from './SearchField.js';
import { SearchResults } from './SearchResults.js';
import { SelectionBar } from './SelectionBar.js';
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
}

export function DocumentsPanel(props: DocumentsPanelProps) {
  const { documents, query, search, selectedId } = props;
  const results = useDocumentSearch(search);
  const [menu, setMenu] = useState<{ document: DocumentSummary; position: MenuPosition } | null>(null);
  const searching = search.trim() !== '';
  const notify = useNotify();
  const panelRef = useRef<HTMLDivElement>(null);

  const [selection, setSelection] = useState<ListSelection>(FOLLOWS_OPEN);
  // A document opened from anywhere (a search hit, a trace, a plain click) starts the selection afresh.
  useEffect(() => setSelection(FOLLOWS_OPEN), [selectedId]);
  // Only what is listed counts: a filter that hides a selected document leaves it out of the edit.
  const chosen = useMemo(() => {
    const keys = selectedKeys(selection, selectedId);
    return (documents ?? []).filter((document) => keys.has(document.id));
  }, [documents, selection, selectedId]);
  const several = !searching && chosen.length > 1;
  // The documents being edited, fixed when the dialog opens so a refresh cannot change them under it.
  const [editing, setEditing] = useState<DocumentSummary[] | null>(null);

  const clearSelection = () => {
    setSelection(FOLLOWS_OPEN);
    (panelRef.current?.querySelector('[role="listbox"]') as HTMLElement | null)?.focus();
  };

  const inSelection = (document: DocumentSummary) => several && chosen.some((each) => each.id === document.id);
  const menuItems = (document: DocumentSummary): MenuItem[] =>
    inSelection(document)
      ? [
          { label: 'Edit outlet and date…', icon: 'edit', onSelect: () => setEditing(chosen) },
          { label: 'Clear selection', icon: 'close', onSelect: clearSelection },
        ]
      : [
          { label: 'Open', icon: 'reader', onSelect: () => props.onSelect(document.id) },
          {
            label: 'Attribution graph',
            icon: 'graph',
            onSelect: () => dispatch('open-graph', { documentId: document.id, title: document.title }),
          },
          { label: 'Delete…', icon: 'trash', danger: true, onSelect: () => props.onDelete(document) },
        ];

  return (
    <div className="library-panel" ref={panelRef}>
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
            selectionBar={
              several ? <SelectionBar count={chosen.length} onEdit={() => setEditing(chosen)} onClear={clearSelection} /> : undefined
            }
          />
          {documents ? (
            <DocumentList
              documents={documents}
              filtered={activeFilterCount(query) > 0}
              selectedId={selectedId}
              onSelect={props.onSelect}
              selection={selection}
              onSelectionChange={setSelection}
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
          label={inSelection(menu.document) ? `${chosen.length} selected documents` : `Document ${menu.document.title}`}
          position={menu.position}
          onClose={() => setMenu(null)}
          items={menuItems(menu.document)}
        />
      ) : null}
      <EditOutletDateDialog
        open={editing !== null}
        documents={editing ?? []}
        onClose={() => setEditing(null)}
        onSaved={(patch, saved) => notify({ tone: 'info', title: savedTitle(patch, saved.length) })}
      />
    </div>
  );
}
