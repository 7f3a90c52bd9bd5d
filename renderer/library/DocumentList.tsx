import type { DocumentSummary } from '../../core/domain.js';
import { EmptyState } from '../components/EmptyState.js';
import { VirtualListbox } from '../components/VirtualListbox.js';
import { formatDate } from '../format.js';

interface DocumentListProps {
  documents: DocumentSummary[];
  selectedId: string | null;
  onSelect: (id: string) => void;
  onEndReached: () => void;
}

export function DocumentList({ documents, selectedId, onSelect, onEndReached }: DocumentListProps) {
  if (documents.length === 0) {
    return (
      <div className="library-panel">
        <EmptyState icon="documents" title="No documents yet">
          Import news articles to start tracing their claims; they are listed here with their outlet, date and review
          progress.
        </EmptyState>
      </div>
    );
  }
  return (
    <div className="library-panel">
      <VirtualListbox
        items={documents}
        label="Documents"
        rowHeight={62}
        getKey={(document) => document.id}
        selectedKey={selectedId}
        onSelect={onSelect}
        onEndReached={onEndReached}
        renderRow={(document) => <DocumentRow document={document} />}
      />
    </div>
  );
}

function DocumentRow({ document }: { document: DocumentSummary }) {
  const byline = [document.outlet, document.publishedAt ? formatDate(document.publishedAt) : null].filter(Boolean);
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
