import type { Source } from '../domain.js';

/**
 * The sources whose name or one of whose aliases contains the query, folded so that "тасс" finds
 * "ТАСС" (SQLite's own case folding is ASCII-only). An empty query keeps every source.
 */
export function sourcesMatching(sources: Source[], query: string): Source[] {
  const needle = fold(query);
  if (!needle) return sources;
  return sources.filter(
    (source) => fold(source.name).includes(needle) || source.aliases.some((alias) => fold(alias.alias).includes(needle)),
  );
}

function fold(text: string): string {
  return text.normalize('NFKC').toLowerCase().trim();
}
