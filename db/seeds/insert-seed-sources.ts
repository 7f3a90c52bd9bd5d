import type Database from 'better-sqlite3';
import { SEED_SOURCES } from '../../core/sources/seed-registry.js';
import { newId } from '../ids.js';

/** Adds the seed registry (with its fixed IDs) to a new workbench, one alias row per alias. */
export function insertSeedSources(db: Database.Database, createdAt: string): void {
  const insertSource = db.prepare(
    `INSERT INTO sources (id, name, kind, country, state_affiliated, notes, created_at, updated_at)
     VALUES (@id, @name, @kind, @country, @stateAffiliated, '', @createdAt, @createdAt)`,
  );
  // The registry may list the same alias twice in different case; one row is what matters.
  const insertAlias = db.prepare(
    `INSERT INTO source_aliases (id, source_id, alias, kind) VALUES (?, ?, ?, ?)
     ON CONFLICT DO NOTHING`,
  );
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
      insertAlias.run(newId(), source.id, alias.alias, alias.kind);
    }
  }
}
