// The centre pane, where a document is read and its claims are marked.
import type { DocumentSummary } from '../../core/domain.js';
import { EmptyState } from '../components/EmptyState.js';
import { countOf, formatDate } from '../format.js';

export function ReaderPane({ document }: { document: DocumentSummary | null }) {
  return (
    <main className="pane reader" aria-label="Reader">
      <div className="pane-header">
        <h2 className="pane-header__title">Reader</h2>
      </div>
      <div className="pane-body">
        {document ? (
          <DocumentHeading document={document} />
        ) : (
          <EmptyState icon="reader" title="Select a document to read it">
            The article opens here with its claims highlighted. Select a sentence to mark it as a claim, then trace who
            said it and record your verdict.
          </EmptyState>
        )}
      </div>
    </main>
  );
}

function DocumentHeading({ document }: { document: DocumentSummary }) {
  const facts = [
    document.outlet,
    document.author ? `by ${document.author}` : null,
    document.publishedAt ? formatDate(document.publishedAt) : null,
  ].filter((fact): fact is string => Boolean(fact));
  return (
    <header className="reader__heading" dir={document.direction}>
      <h3 className="reader__title">{document.title}</h3>
      {facts.length ? <p className="reader__byline">{facts.join(' · ')}</p> : null}
      <p className="reader__facts">
        {countOf(document.length, 'character')} · {countOf(document.claimCount, 'claim')} ·{' '}
        {`${document.doneCount} done`}
      </p>
    </header>
  );
}
