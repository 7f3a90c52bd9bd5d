import type { ReactNode } from 'react';

import { type DocumentSummary, isGuessed } from '../../core/domain.js';
import { EmptyState } from '../components/EmptyState.js';
import type { ListSelection } from '../components/list-selection.js';
import { VirtualListbox } from '../components/VirtualListbox.js';
import { formatDate } from '../format.js';

interface DocumentListProps {
  documents: DocumentSummary[];
  /** True when filters hide documents that exist; the empty state then says so. */
  filtered: boolean;
  /** The document open in the reader. */
  selectedId: string | null;
  onSelect: (id: string) => void;
  /** Documents chosen besides the open one, with Ctrl/Cmd, Shift and Ctrl/Cmd+A. */
  selection: ListSelection;
  onSelectionChange: (selection: ListSelection) => void;
  onEndReached: () => void;
  onDelete: (document: DocumentSummary) => void;
  onContextMenu: (document: DocumentSummary, position: { x: number; y: number }) => void;
  emptyActions: ReactNode;
  onClearFilters: () => void;
}

export function DocumentList(props: DocumentListProps) {
  const { documents, filtered, selectedId, onSelect, onEndReached, onDelete, onContextMenu } = props;
  if (documents.length === 0) {
    return filtered ? (
      <EmptyState
        icon="filter"
        title="No documents match"
        actions={
          <button type="button" className="button" onClick={props.onClearFilters}>
            Clear filters
          </button>
        }
      >
        No document matches every filter that is set.
      </EmptyState>
    ) : (
      <EmptyState icon="documents" title="No documents yet" actions={props.emptyActions}>
        Import news articles to start tracing their claims; they are listed here with their outlet, date and review progress. You can also
        drop files and folders onto the window.
      </EmptyState>
    );
  }
  return (
    <VirtualListbox
      items={documents}
      label="Documents"
      rowHeight={62}
      getKey={(document) => document.id}
      selectedKey={selectedId}
      onSelect={onSelect}
      selection={props.selection}
      onSelectionChange={props.onSelectionChange}
      onEndReached={onEndReached}
      onItemKeyDown={(document, event) => {
        if (event.key === 'Delete' || (event.key === 'Backspace' && (event.metaKey || event.ctrlKey))) {
          event.preventDefault();
          onDelete(document);
        }
      }}
      onItemContextMenu={onContextMenu}
      renderRow={(document) => <DocumentRow document={document} />}
    />
  );
}

function DocumentRow({ document }: { document: DocumentSummary }) {
  // A date only guessed from the text says so, here as everywhere it is shown.
  const date = document.publishedAt
    ? `${formatDate(document.publishedAt)}${isGuessed(document.provenance, 'publishedAt') ? ' (guessed)' : ''}`
    : null;
  const byline = [document.outlet, date].filter(Boolean);
  const done = document.claimCount > 0 ? document.doneCount / document.claimCount : 0;
  return (
    <div className="list-row" dir="auto">
      <div className="list-row__primary">
        <span className="list-row__title" dir={document.direction}>
          {document.title}
        </span>
      </div>
      <div className="list-row__secondary">
        <span className="list-row__byline">{byline.length ? byline.join(' · ') : 'Unknown outlet'}</span>
        <span className="list-row__progress">
          {document.claimCount === 0 ? (
            'No claims yet'
          ) : (
            <>
              <span className="progress" aria-hidden="true">
                <span className="progress__done" style={{ width: `${Math.round(done * 100)}%` }} />
              </span>
              {`${document.doneCount} of ${document.claimCount} done`}
            </>
          )}
        </span>
      </div>
    </div>
  );
}
