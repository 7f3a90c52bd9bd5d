import type Database from 'better-sqlite3';
import { SNIPPET_MARK_END, SNIPPET_MARK_START, type MatchPlace, type SearchHit } from '../../core/domain.js';
import { compileSearch, ftsQuery, searchSnippet } from '../../core/text/fold-search.js';
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
  return rows.map(({ text, articleStart, commentsStart, ...hit }) => {
    // Snippets are cut here rather than by FTS5's snippet(), whose work grows with the square of
    // the matches in a document (see searchSnippet).
    const found = searchSnippet(text, search, MARKS);
    return {
      ...hit,
      snippet: found?.snippet ?? leadOf(text),
      matchStart: found?.start ?? null,
      matchEnd: found?.end ?? null,
      matchIn: placeOf(found?.start ?? null, articleStart, commentsStart),
    };
  });
}

type SearchRow = Omit<SearchHit, 'matchStart' | 'matchEnd' | 'matchIn' | 'snippet'> & {
  text: string;
  articleStart: number | null;
  commentsStart: number | null;
};

/** Which part of the document an offset is in; a hit with no match in the text matched its title. */
function placeOf(offset: number | null, articleStart: number | null, commentsStart: number | null): MatchPlace {
  if (offset === null) return 'article';
  if (commentsStart !== null && offset >= commentsStart) return 'comments';
  if (articleStart !== null && offset < articleStart) return 'furniture';
  return 'article';
}

const MARKS = { start: SNIPPET_MARK_START, end: SNIPPET_MARK_END };

/** The opening words of a text, for a hit whose match is in its title only. */
function leadOf(text: string): string {
  const words = text.slice(0, 400).split(/\s+/u).filter(Boolean);
  return words.slice(0, 24).join(' ') + (words.length > 24 ? '…' : '');
}

export function listOutlets(db: Database.Database): { outlet: string; count: number }[] {
  return statement(
    db,
    `SELECT outlet, count(*) AS count FROM documents
     WHERE deleted_at IS NULL AND outlet IS NOT NULL AND outlet <> ''
     GROUP BY outlet COLLATE NOCASE ORDER BY outlet COLLATE NOCASE`,
  ).all() as { outlet: string; count: number }[];
}
