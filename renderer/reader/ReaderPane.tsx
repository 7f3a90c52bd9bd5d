// The centre pane, where a document is read and its claims are marked: the metadata header, the
// text in a read-only editor, and the actions on the open document.
import { useCallback, useState } from 'react';

import type { DocumentDetail, DocumentSummary } from '../../core/domain.js';
import { asClientError, call } from '../api-client.js';
import { ClaimsBar } from '../claims/ClaimsBar.js';
import { OrphanedClaims } from '../claims/OrphanedClaims.js';
import { EmptyState } from '../components/EmptyState.js';
import { Icon } from '../components/Icon.js';
import { useNotify } from '../components/Notifications.js';
import { DocumentHeader } from './DocumentHeader.js';
import { DocumentReader } from './DocumentReader.js';
import { EditDetailsDialog } from './EditDetailsDialog.js';
import type { RevealRequest } from './plugins/RevealMatchPlugin/RevealMatchPlugin.js';
import { useDocumentDetail } from './use-document-detail.js';

interface ReaderPaneProps {
  documentId: string | null;
  reveal: RevealRequest | null;
  onDelete: (document: Pick<DocumentSummary, 'id' | 'title' | 'claimCount'>) => void;
}

export function ReaderPane({ documentId, reveal, onDelete }: ReaderPaneProps) {
  const notify = useNotify();
  const { state, replace } = useDocumentDetail(documentId);
  const [editing, setEditing] = useState(false);
  const [scroller, setScroller] = useState<HTMLDivElement | null>(null);
  const document = state.status === 'ready' ? state.document : null;
  const documentIdShown = document?.id;

  const setArticleStart = useCallback(
    async (offset: number | null) => {
      if (!documentIdShown) return;
      try {
        replace(await call('documents.update', { id: documentIdShown, patch: { articleStart: offset } }));
      } catch (error) {
        const clientError = asClientError(error);
        notify({ tone: 'error', title: 'The start of the article was not moved', message: clientError.message });
      }
    },
    [documentIdShown, replace, notify],
  );

  const setCommentsStart = useCallback(
    async (offset: number | null) => {
      if (!documentIdShown) return;
      try {
        replace(await call('documents.update', { id: documentIdShown, patch: { commentsStart: offset } }));
      } catch (error) {
        const clientError = asClientError(error);
        notify({ tone: 'error', title: 'The comment boundary was not moved', message: clientError.message });
      }
    },
    [documentIdShown, replace, notify],
  );

  return (
    <main className="pane reader" aria-label="Reader" aria-busy={state.status === 'loading'}>
      <div className="pane-header">
        <h2 className="pane-header__title">Reader</h2>
        {document ? (
          <div className="pane-header__actions">
            <button type="button" className="toolbar-button" onClick={() => setEditing(true)}>
              <Icon name="edit" size={15} />
              Edit details
            </button>
            <button type="button" className="toolbar-button" onClick={() => onDelete(document)}>
              <Icon name="trash" size={15} />
              Delete…
            </button>
          </div>
        ) : null}
      </div>
      {document ? <ClaimsBar /> : null}
      <div className="pane-body reader__scroll" ref={setScroller}>
        <ReaderBody
          state={state}
          reveal={reveal}
          scroller={scroller}
          onSetArticleStart={(offset) => void setArticleStart(offset)}
          onSetCommentsStart={(offset) => void setCommentsStart(offset)}
          onDocumentChanged={replace}
        />
      </div>
      {document ? (
        <EditDetailsDialog
          open={editing}
          document={document}
          onClose={() => setEditing(false)}
          onSaved={(saved: DocumentDetail) => {
            replace(saved);
            notify({ tone: 'info', title: 'Details saved' });
          }}
        />
      ) : null}
    </main>
  );
}

interface ReaderBodyProps {
  state: ReturnType<typeof useDocumentDetail>['state'];
  reveal: RevealRequest | null;
  scroller: HTMLElement | null;
  onSetArticleStart: (offset: number | null) => void;
  onSetCommentsStart: (offset: number | null) => void;
  onDocumentChanged: (document: DocumentDetail) => void;
}

function ReaderBody({ state, reveal, scroller, onSetArticleStart, onSetCommentsStart, onDocumentChanged }: ReaderBodyProps) {
  switch (state.status) {
    case 'none':
      return (
        <EmptyState icon="reader" title="Select a document to read it">
          The article opens here with its claims highlighted. Select a sentence to mark it as a claim, then trace who said it and record
          your verdict.
        </EmptyState>
      );
    case 'loading':
      return <p className="panel-loading reader__loading">Opening the document…</p>;
    case 'missing':
      return (
        <EmptyState icon="document" title="This document is no longer in the workbench">
          It was deleted, perhaps in another window. Choose another document in the library.
        </EmptyState>
      );
    case 'failed':
      return (
        <EmptyState icon="alert" tone="danger" title="The document could not be opened">
          {state.error.message}
        </EmptyState>
      );
    case 'ready':
      return (
        <div className="reader__document">
          <DocumentHeader document={state.document} onChanged={onDocumentChanged} />
          <OrphanedClaims />
          <DocumentReader
            key={state.document.id}
            document={state.document}
            reveal={reveal?.documentId === state.document.id ? reveal : null}
            scroller={scroller}
            onSetArticleStart={onSetArticleStart}
            onSetCommentsStart={onSetCommentsStart}
          />
        </div>
      );
  }
}
