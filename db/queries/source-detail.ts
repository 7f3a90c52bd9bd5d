import type Database from 'better-sqlite3';

import type { Source, SourceAlias } from '../../core/domain.js';
import { statement } from '../statement-cache.js';
import { liveSourceId } from './source-names.js';
import type { StoredFlags } from './stored-row.js';

/** A source as SOURCE_COLUMNS and a claim count read it; its aliases come from their own table. */
export type SourceRow = StoredFlags<Omit<Source, 'aliases'>, 'stateAffiliated' | 'confirmed'>;

/** How aliases are listed: names first, then abbreviations, programmes, domains and credits. */
export const ALIAS_ORDER =
  "CASE kind WHEN 'name' THEN 0 WHEN 'abbreviation' THEN 1 WHEN 'programme' THEN 2 WHEN 'domain' THEN 3 ELSE 4 END";

/** The columns a SourceRow reads from `sources s`, for every query that lists sources. */
export const SOURCE_COLUMNS = `s.id, s.name, s.kind, s.country, s.state_affiliated AS stateAffiliated, s.notes,
  s.wikidata_id AS wikidataId, s.confirmed`;

export function sourceFromRow(row: SourceRow, aliases: Source['aliases']): Source {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    country: row.country,
    stateAffiliated: row.stateAffiliated === 1,
    notes: row.notes,
    aliases,
    claimCount: row.claimCount,
    wikidataId: row.wikidataId,
    confirmed: row.confirmed === 1,
  };
}

/**
 * One source with its aliases and how many live claims name it. A merged source's ID answers
 * with the source it was merged into, so links kept in notes and history still lead somewhere.
 */
export function getSource(db: Database.Database, id: string): Source {
  const liveId = liveSourceId(db, id);
  const row = statement(
    db,
    `SELECT ${SOURCE_COLUMNS},
            (SELECT count(DISTINCT h.claim_id) FROM attribution_hops h
               JOIN claims c ON c.id = h.claim_id AND c.deleted_at IS NULL
               JOIN documents d ON d.id = c.document_id AND d.deleted_at IS NULL
             WHERE h.source_id = s.id) AS claimCount
     FROM sources s WHERE s.id = ?`,
  ).get(liveId) as SourceRow;
  return sourceFromRow(row, aliasesOf(db, row.id));
}

export function aliasesOf(db: Database.Database, sourceId: string): Source['aliases'] {
  return statement(
    db,
    `SELECT alias, kind FROM source_aliases WHERE source_id = ?
     ORDER BY ${ALIAS_ORDER}, alias COLLATE NOCASE`,
  ).all(sourceId) as SourceAlias[];
}
