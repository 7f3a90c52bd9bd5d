import type Database from 'better-sqlite3';

import type { Source, SourceAlias } from '../../core/domain.js';
import { sourcesMatching } from '../../core/sources/source-filter.js';
import { statement } from '../statement-cache.js';
import { ALIAS_ORDER, SOURCE_COLUMNS, sourceFromRow, type SourceRow } from './source-detail.js';

type AliasRow = SourceAlias & { sourceId: string };

/**
 * The registry as a reviewer sees it: merged sources are folded into their target and hidden.
 * `claimCount` counts each live claim once however many of its hops name the source.
 * The name/alias filter runs here rather than in SQL because SQLite's case folding is ASCII-only
 * and would not match "тасс" to "ТАСС"; the registry is small enough for that not to matter.
 */
export function listSources(db: Database.Database, options: { query?: string; confirmed?: boolean } = {}): Source[] {
  const rows = statement(
    db,
    `WITH counts AS (
       SELECT h.source_id, count(DISTINCT h.claim_id) AS claim_count
       FROM attribution_hops h
       JOIN claims c ON c.id = h.claim_id AND c.deleted_at IS NULL
       JOIN documents d ON d.id = c.document_id AND d.deleted_at IS NULL
       GROUP BY h.source_id
     )
     SELECT ${SOURCE_COLUMNS}, coalesce(counts.claim_count, 0) AS claimCount
     FROM sources s LEFT JOIN counts ON counts.source_id = s.id
     WHERE s.merged_into IS NULL
     ORDER BY s.name COLLATE NOCASE, s.id`,
  ).all() as SourceRow[];
  const aliases = aliasesBySource(db);
  const sources = rows
    .map((row) => sourceFromRow(row, aliases.get(row.id) ?? []))
    .filter((source) => options.confirmed === undefined || source.confirmed === options.confirmed);
  return sourcesMatching(sources, options.query ?? '');
}

function aliasesBySource(db: Database.Database): Map<string, Source['aliases']> {
  const rows = statement(
    db,
    `SELECT source_id AS sourceId, alias, kind FROM source_aliases
     ORDER BY source_id, ${ALIAS_ORDER}, alias COLLATE NOCASE`,
  ).all() as AliasRow[];
  const bySource = new Map<string, Source['aliases']>();
  for (const row of rows) {
    const list = bySource.get(row.sourceId) ?? [];
    list.push({ alias: row.alias, kind: row.kind });
    bySource.set(row.sourceId, list);
  }
  return bySource;
}
