import type Database from 'better-sqlite3';
import type { AliasKind, Source, SourceKind } from '../../core/domain.js';
import { statement } from '../statement-cache.js';

interface SourceRow {
  id: string;
  name: string;
  kind: SourceKind;
  country: string | null;
  stateAffiliated: number;
  notes: string;
  claimCount: number;
}

interface AliasRow {
  sourceId: string;
  alias: string;
  kind: AliasKind;
}

/**
 * The registry as a reviewer sees it: merged sources are folded into their target and hidden.
 * `claimCount` counts each live claim once however many of its hops name the source.
 * The name/alias filter runs here rather than in SQL because SQLite's case folding is ASCII-only
 * and would not match "тасс" to "ТАСС"; the registry is small enough for that not to matter.
 */
export function listSources(db: Database.Database, options: { query?: string } = {}): Source[] {
  const rows = statement(
    db,
    `WITH counts AS (
       SELECT h.source_id, count(DISTINCT h.claim_id) AS claim_count
       FROM attribution_hops h
       JOIN claims c ON c.id = h.claim_id AND c.deleted_at IS NULL
       JOIN documents d ON d.id = c.document_id AND d.deleted_at IS NULL
       GROUP BY h.source_id
     )
     SELECT s.id, s.name, s.kind, s.country, s.state_affiliated AS stateAffiliated, s.notes,
            coalesce(counts.claim_count, 0) AS claimCount
     FROM sources s LEFT JOIN counts ON counts.source_id = s.id
     WHERE s.merged_into IS NULL
     ORDER BY s.name COLLATE NOCASE, s.id`,
  ).all() as SourceRow[];
  const aliases = aliasesBySource(db);
  const sources = rows.map(
    (row): Source => ({
      id: row.id,
      name: row.name,
      kind: row.kind,
      country: row.country,
      stateAffiliated: row.stateAffiliated === 1,
      notes: row.notes,
      aliases: aliases.get(row.id) ?? [],
      claimCount: row.claimCount,
    }),
  );
  const needle = fold(options.query ?? '');
  if (!needle) return sources;
  return sources.filter(
    (source) => fold(source.name).includes(needle) || source.aliases.some((alias) => fold(alias.alias).includes(needle)),
  );
}

function aliasesBySource(db: Database.Database): Map<string, Source['aliases']> {
  const rows = statement(
    db,
    `SELECT source_id AS sourceId, alias, kind FROM source_aliases
     ORDER BY source_id, CASE kind WHEN 'name' THEN 0 WHEN 'abbreviation' THEN 1 WHEN 'domain' THEN 2 ELSE 3 END,
              alias COLLATE NOCASE`,
  ).all() as AliasRow[];
  const bySource = new Map<string, Source['aliases']>();
  for (const row of rows) {
    const list = bySource.get(row.sourceId) ?? [];
    list.push({ alias: row.alias, kind: row.kind });
    bySource.set(row.sourceId, list);
  }
  return bySource;
}

function fold(text: string): string {
  return text.normalize('NFKC').toLowerCase().trim();
}
