import type Database from 'better-sqlite3';

import { leadOf, matchPlace, SNIPPET_MARKS } from '../../core/documents/search-hit.js';
import type { DocumentDetail, SearchHit } from '../../core/domain.js';
import { type CompiledSearch, compileSearch, ftsQuery, searchSnippet } from '../../core/text/fold-search.js';
import { statement } from '../statement-cache.js';

/**
 * Ranked full-text search over titles and texts. Title matches weigh more than body matches; the
 * snippet comes from the body, and each hit says where its first match sits (and whether that is
 * in the article, the reader comments or the page furniture) so the reader can open it right there.
 */
export function searchDocuments(db: Database.Database, query: string, limit: number): SearchHit[] {
  const match = ftsQuery(query);
  if (!match) return [];
  const rows = statement(
    db,
    `SELECT d.id AS documentId, d.title, d.outlet, d.published_at AS publishedAt, d.text,
            d.article_start AS articleStart, d.comments_start AS commentsStart
     FROM documents_fts JOIN documents d ON d.seq = documents_fts.rowid
     WHERE documents_fts MATCH ? AND d.deleted_at IS NULL
     ORDER BY bm25(documents_fts, 8.0, 1.0)
     LIMIT ?`,
  ).all(match, limit) as SearchRow[];
  const search = compileSearch(query);
  return rows.map((row) => toSearchHit(row, search));
}

type SearchRow = Omit<SearchHit, 'matchStart' | 'matchEnd' | 'matchIn' | 'snippet'> &
  Pick<DocumentDetail, 'text' | 'articleStart' | 'commentsStart'>;

function toSearchHit({ text, articleStart, commentsStart, ...hit }: SearchRow, search: CompiledSearch): SearchHit {
  // Snippets are cut here rather than by FTS5's snippet(), whose work grows with the square of
  // the matches in a document (see searchSnippet).
  const found = searchSnippet(text, search, SNIPPET_MARKS);
  return {
    ...hit,
    snippet: found?.snippet ?? leadOf(text),
    matchStart: found?.start ?? null,
    matchEnd: found?.end ?? null,
    matchIn: matchPlace(found?.start ?? null, articleStart, commentsStart),
  };
}

export function listOutlets(db: Database.Database): { outlet: string; count: number }[] {
  return statement(
    db,
    `SELECT outlet, count(*) AS count FROM documents
     WHERE deleted_at IS NULL AND outlet IS NOT NULL AND outlet <> ''
     GROUP BY outlet COLLATE NOCASE ORDER BY outlet COLLATE NOCASE`,
  ).all() as { outlet: string; count: number }[];
}
