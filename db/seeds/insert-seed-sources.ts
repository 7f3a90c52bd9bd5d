import type Database from 'better-sqlite3';

import type { AliasKind } from '../../core/domain.js';
import { SEED_SOURCES } from '../../core/sources/seed-registry.js';
import { foldName } from '../../core/text/fold-name.js';
import { newId } from '../ids.js';

/**
 * Adds the seed registry (with its fixed IDs) to a new workbench, one alias row per alias. A
 * migration passes the alias kinds its schema accepts; later kinds arrive with the migration that
 * allows them (see refreshSeedSources).
 */
export function insertSeedSources(db: Database.Database, createdAt: string, aliasKinds: readonly AliasKind[]): void {
  const insertSource = db.prepare(
    `INSERT INTO sources (id, name, kind, country, state_affiliated, notes, created_at, updated_at)
     VALUES (@id, @name, @kind, @country, @stateAffiliated, '', @createdAt, @createdAt)`,
  );
  const insertAlias = aliasInserter(db);
  for (const source of SEED_SOURCES) {
    insertSource.run({
      id: source.id,
      name: source.name,
      kind: source.kind,
      country: source.country,
      stateAffiliated: source.stateAffiliated ? 1 : 0,
      createdAt,
    });
    for (const alias of source.aliases) {
      if (aliasKinds.includes(alias.kind)) insertAlias(source.id, alias.alias, alias.kind);
    }
  }
}

/**
 * Brings the seed registry of an existing workbench up to date without touching what reviewers
 * changed: sources it lacks are added — or, when a reviewer already created one of the same name,
 * that one gains the aliases and Wikidata item — missing aliases are added, and Wikidata items are
 * filled in where none is set. Names, kinds and notes a reviewer edited stay as they are.
 */
export function refreshSeedSources(db: Database.Database, at: string): void {
  const insertAlias = aliasInserter(db);
  const existingIds = new Set((db.prepare('SELECT id FROM sources').all() as { id: string }[]).map((row) => row.id));
  const byName = new Map(
    (db.prepare('SELECT id, name FROM sources WHERE merged_into IS NULL').all() as { id: string; name: string }[]).map((row) => [
      foldName(row.name),
      row.id,
    ]),
  );
  const insertSource = db.prepare(
    `INSERT INTO sources (id, name, kind, country, state_affiliated, notes, wikidata_id, created_at, updated_at)
     VALUES (@id, @name, @kind, @country, @stateAffiliated, '', @wikidataId, @at, @at)`,
  );
  const setWikidata = db.prepare('UPDATE sources SET wikidata_id = ? WHERE id = ? AND wikidata_id IS NULL');
  for (const source of SEED_SOURCES) {
    let id = source.id;
    if (!existingIds.has(id)) {
      const namesake = byName.get(foldName(source.name));
      if (namesake) {
        id = namesake;
      } else {
        insertSource.run({
          id,
          name: source.name,
          kind: source.kind,
          country: source.country,
          stateAffiliated: source.stateAffiliated ? 1 : 0,
          wikidataId: source.wikidataId,
          at,
        });
      }
    }
    if (source.wikidataId) setWikidata.run(source.wikidataId, id);
    for (const alias of source.aliases) insertAlias(id, alias.alias, alias.kind);
  }
}

// The registry may list the same alias twice in different case; one row is what matters.
function aliasInserter(db: Database.Database): (sourceId: string, alias: string, kind: AliasKind) => void {
  const insert = db.prepare('INSERT INTO source_aliases (id, source_id, alias, kind) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING');
  return (sourceId, alias, kind) => insert.run(newId(), sourceId, alias, kind);
}
