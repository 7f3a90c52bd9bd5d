import type Database from 'better-sqlite3';

import { ApiError } from '../../core/api/result.js';
import type { SourceKind } from '../../core/domain.js';
import { foldName } from '../../core/text/fold-name.js';
import { recordHistory } from '../history.js';
import { newId, now } from '../ids.js';
import { statement } from '../statement-cache.js';

/** Unmerged sources by folded name; built once per operation that may look up many names. */
export interface SourceNameIndex {
  find(name: string): { id: string; name: string } | null;
  add(source: { id: string; name: string }): void;
}

export function indexSourceNames(db: Database.Database, exceptId: string | null = null): SourceNameIndex {
  const rows = statement(db, 'SELECT id, name FROM sources WHERE merged_into IS NULL ORDER BY created_at, id').all() as {
    id: string;
    name: string;
  }[];
  const byName = new Map<string, { id: string; name: string }>();
  const add = (row: { id: string; name: string }) => {
    const key = foldName(row.name);
    if (row.id !== exceptId && !byName.has(key)) byName.set(key, row);
  };
  rows.forEach(add);
  return { find: (name) => byName.get(foldName(name)) ?? null, add };
}

/** The unmerged source whose name folds to the same text as `name`, if any. */
export function findSourceByName(db: Database.Database, name: string, exceptId: string | null = null): { id: string; name: string } | null {
  return indexSourceNames(db, exceptId).find(name);
}

/** Refuses a name another unmerged source already has, so the registry never shows two "TASS". */
export function assertNameFree(db: Database.Database, name: string, exceptId: string | null = null): void {
  const taken = findSourceByName(db, name, exceptId);
  if (taken) {
    throw new ApiError('conflict', `There is already a source called "${taken.name}"; give this one another name or merge the two.`);
  }
}

/**
 * The source an ID stands for today: a merged source lives on in the one it was merged into.
 * Unknown IDs are a not_found error naming the ID.
 */
export function liveSourceId(db: Database.Database, id: string): string {
  let current = id;
  // Merges are flattened when they happen, so this loop runs once or twice; the bound only
  // guards against a hand-edited file with a cycle.
  for (let step = 0; step < 100; step += 1) {
    const row = statement(db, 'SELECT id, merged_into AS mergedInto FROM sources WHERE id = ?').get(current) as
      { id: string; mergedInto: string | null } | undefined;
    if (!row) throw new ApiError('not_found', `There is no source with the ID ${id}.`);
    if (!row.mergedInto) return row.id;
    current = row.mergedInto;
  }
  throw new ApiError('conflict', `The source ${id} is merged in a loop; check the workbench file.`);
}

/**
 * The source with this name, created with `kind` when the registry has none, so that adding
 * "Arab sources" twice gives one source rather than two. Call inside the caller's transaction.
 */
export function findOrCreateSource(
  db: Database.Database,
  name: string,
  kind: SourceKind,
  names: SourceNameIndex = indexSourceNames(db),
): string {
  const existing = names.find(name);
  if (existing) return existing.id;
  const id = newId();
  const at = now();
  const cleanName = name.replace(/\s+/gu, ' ').trim();
  statement(
    db,
    `INSERT INTO sources (id, name, kind, country, state_affiliated, notes, created_at, updated_at)
     VALUES (?, ?, ?, NULL, 0, '', ?, ?)`,
  ).run(id, cleanName, kind, at, at);
  recordHistory(db, { entity: 'source', entityId: id, action: 'create', newValue: cleanName });
  names.add({ id, name: cleanName });
  return id;
}
