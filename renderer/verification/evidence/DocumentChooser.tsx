// Picking the document a passage comes from: the workbench's documents, narrowed by words of the title.
import { useMemo, useState } from 'react';

import type { DocumentSummary } from '../../../core/domain.js';
import { call } from '../../api-client.js';
import { useLiveResource } from '../../use-live-resource.js';
import { errorText } from './form-parts.js';

const SHOWN = 8;

interface DocumentChooserProps {
  /** The claim's own document is listed last: evidence usually comes from elsewhere. */
  ownDocumentId: string;
  onChoose: (document: DocumentSummary) => void;
}

export function DocumentChooser({ ownDocumentId, onChoose }: DocumentChooserProps) {
  const [filter, setFilter] = useState('');
  // Asked again when documents are added, renamed or deleted meanwhile.
  const list = useLiveResource(
    'documents',
    async () => (await call('documents.list', { sort: 'title', descending: false, limit: 5000 })).items,
    ['documents.changed'],
  );
  const documents = list.value ?? null;
  const error = list.error ? errorText(list.error) : null;

  const matches = useMemo(() => {
    if (!documents) return [];
    const words = filter.toLocaleLowerCase().split(/\s+/u).filter(Boolean);
    const found = documents.filter((document) => {
      const haystack = `${document.title} ${document.outlet ?? ''}`.toLocaleLowerCase();
      return words.every((word) => haystack.includes(word));
    });
    return [...found.filter((d) => d.id !== ownDocumentId), ...found.filter((d) => d.id === ownDocumentId)].slice(0, SHOWN);
  }, [documents, filter, ownDocumentId]);

  return (
    <div className="document-chooser">
      <input
        className="text-input text-input--compact"
        type="search"
        aria-label="Find a document"
        placeholder="Find a document by title or outlet"
        value={filter}
        autoFocus
        onChange={(event) => setFilter(event.target.value)}
      />
      {error ? (
        <p className="vform__error" role="alert">
          {error}
        </p>
      ) : null}
      {documents === null && !error ? <p className="vform__muted">Loading documents…</p> : null}
      {documents !== null && matches.length === 0 ? <p className="vform__muted">No document matches.</p> : null}
      <ul className="document-chooser__list" aria-label="Documents to quote">
        {matches.map((document) => (
          <li key={document.id}>
            <button type="button" className="document-chooser__item" onClick={() => onChoose(document)}>
              <span className="document-chooser__title">{document.title}</span>
              <span className="document-chooser__meta">
                {document.id === ownDocumentId ? 'This claim’s document' : (document.outlet ?? 'No outlet')}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
