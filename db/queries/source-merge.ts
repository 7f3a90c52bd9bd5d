import type Database from 'better-sqlite3';

import { ApiError } from '../../core/api/result.js';
import type { Source } from '../../core/domain.js';
import { foldName } from '../../core/text/fold-name.js';
import { recordHistory } from '../history.js';
import { newId, now } from '../ids.js';
import { statement } from '../statement-cache.js';
import { writeTransaction } from '../write-transaction.js';
import { getSource } from './source-detail.js';

/**
 * Folds one source into another: the target gains the other's aliases (and its name as an alias),
 * every hop and document outlet that named it, and every source merged into it before. The merged
 * source stays in the file, marked with `merged_into`, so old IDs still resolve.
 */
export function mergeSources(db: Database.Database, fromId: string, intoId: string): Source {
  if (fromId === intoId) throw new ApiError('invalid_arguments', 'A source cannot be merged into itself.');
  return writeTransaction(db, () => {
    const from = unmergedSource(db, fromId);
    const into = unmergedSource(db, intoId);
    const at = now();

    const taken = new Set([foldName(into.name), ...into.aliases.map((alias) => foldName(alias.alias))]);
    const moving = statement(db, 'SELECT id, alias FROM source_aliases WHERE source_id = ?').all(fromId) as {
      id: string;
      alias: string;
    }[];
    for (const alias of moving) {
      const key = foldName(alias.alias);
      if (taken.has(key)) {
        statement(db, 'DELETE FROM source_aliases WHERE id = ?').run(alias.id);
      } else {
        statement(db, 'UPDATE source_aliases SET source_id = ? WHERE id = ?').run(intoId, alias.id);
        taken.add(key);
      }
    }
    if (!taken.has(foldName(from.name))) {
      statement(db, `INSERT INTO source_aliases (id, source_id, alias, kind) VALUES (?, ?, ?, 'name')`).run(newId(), intoId, from.name);
    }

    statement(db, 'UPDATE attribution_hops SET source_id = ?, updated_at = ? WHERE source_id = ?').run(intoId, at, fromId);
    statement(db, 'UPDATE documents SET outlet_source_id = ? WHERE outlet_source_id = ?').run(intoId, fromId);
    // Keeps every merge one step deep, so an old ID resolves with a single look-up.
    statement(db, 'UPDATE sources SET merged_into = ?, updated_at = ? WHERE merged_into = ?').run(intoId, at, fromId);
    statement(db, 'UPDATE sources SET merged_into = ?, updated_at = ? WHERE id = ?').run(intoId, at, fromId);
    // A reviewer who merges has looked at both: a confirmed source stays confirmed whichever way.
    statement(db, 'UPDATE sources SET confirmed = max(confirmed, ?), updated_at = ? WHERE id = ?').run(from.confirmed ? 1 : 0, at, intoId);

    recordHistory(db, {
      entity: 'source',
      entityId: fromId,
      action: 'merge',
      field: 'merged_into',
      oldValue: from.name,
      newValue: into.name,
    });
    recordHistory(db, { entity: 'source', entityId: intoId, action: 'absorb', field: 'merged_from', oldValue: null, newValue: from.name });
    return getSource(db, intoId);
  });
}

function unmergedSource(db: Database.Database, id: string): Source {
  const source = getSource(db, id);
  if (source.id !== id) {
    throw new ApiError('conflict', `That source was already merged into "${source.name}".`);
  }
  return source;
}
