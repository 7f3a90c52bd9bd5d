// Full-text search results, best first, each with the passage it matched. Choosing one opens the
// document in the reader at that passage.
import type { MatchPlace, SearchHit } from '../../core/domain.js';
import { EmptyState } from '../components/EmptyState.js';
import { VirtualListbox } from '../components/VirtualListbox.js';
import { countOf, formatDate } from '../format.js';
import { focusSnippet, splitSnippet } from './snippet.js';
import type { SearchState } from './use-document-search.js';

/** Characters of text shown before the first match: about one line of a result row. */
const SNIPPET_LEAD = 48;

/** Said of a hit whose first match is outside the article itself, in the reader's own words. */
const PLACE_LABELS: Record<Exclude<MatchPlace, 'article'>, string> = {
  comments: 'in reader comments',
  furniture: 'before the article',
};

interface SearchResultsProps {
  search: SearchState;
  selectedId: string | null;
  onOpen: (hit: SearchHit, query: string) => void;
}

export function SearchResults({ search, selectedId, onOpen }: SearchResultsProps) {
  const heading = search.error
    ? 'Search failed'
    : search.searching && search.hits.length === 0
      ? 'Searching…'
      : countOf(search.hits.length, 'result');
  return (
    <div className="library-panel search-results" aria-busy={search.searching}>
      <p className="search-results__heading" role="status">
        {heading}
      </p>
      {search.error ? (
        <EmptyState icon="alert" tone="danger" title="Search failed">
          {search.error}
        </EmptyState>
      ) : !search.searching && search.hits.length === 0 && search.query ? (
        <EmptyState icon="search" title="No matches">
          No document contains “{search.query}”. Search looks for whole words in titles and texts, in any of their forms and spellings,
          ignoring accents.
        </EmptyState>
      ) : (
        <VirtualListbox
          items={search.hits}
          label="Search results"
          rowHeight={112}
          getKey={(hit) => hit.documentId}
          selectedKey={selectedId}
          onSelect={(id) => {
            const hit = search.hits.find((candidate) => candidate.documentId === id);
            if (hit) onOpen(hit, search.query);
          }}
          onItemKeyDown={(hit, event) => {
            if (event.key === 'Enter') onOpen(hit, search.query);
          }}
          renderRow={(hit) => <SearchResultRow hit={hit} />}
        />
      )}
    </div>
  );
}

function SearchResultRow({ hit }: { hit: SearchHit }) {
  const byline = [hit.outlet, hit.publishedAt ? formatDate(hit.publishedAt) : null].filter(Boolean).join(' · ');
  return (
    <div className="list-row list-row--result">
      <div className="list-row__primary">
        <span className="list-row__title" dir="auto">
          {hit.title}
        </span>
      </div>
      <div className="list-row__secondary">
        <span className="list-row__byline">{byline || 'Unknown outlet'}</span>
        {hit.matchIn === 'article' ? null : <span className="list-row__aside">{PLACE_LABELS[hit.matchIn]}</span>}
      </div>
      <p className="search-snippet" dir="auto">
        {focusSnippet(splitSnippet(hit.snippet), SNIPPET_LEAD).map((piece, index) =>
          piece.marked ? <mark key={index}>{piece.text}</mark> : <span key={index}>{piece.text}</span>,
        )}
      </p>
    </div>
  );
}
