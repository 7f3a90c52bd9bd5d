import type Database from 'better-sqlite3';
import type { z } from 'zod';

import type { Args } from '../../core/api/index.js';
import { ApiError } from '../../core/api/result.js';
import type { sourceFieldsSchema } from '../../core/api/sources.js';
import type { Source, SourceAlias } from '../../core/domain.js';
import { chainSnapshot, hopSnapshots } from '../../core/review/history-snapshots.js';
import { sameAliases } from '../../core/sources/aliases.js';
import { foldName } from '../../core/text/fold-name.js';
import { recordHistory } from '../history.js';
import { newId, now } from '../ids.js';
import { statement } from '../statement-cache.js';
import { writeTransaction } from '../write-transaction.js';
import { getClaim } from './claims.js';
import { aliasesOf, getSource } from './source-detail.js';
import { assertNameFree } from './source-names.js';

export type SourceFields = z.infer<typeof sourceFieldsSchema>;
export type NewSource = Args<'sources.create'>;

type ColumnField = Exclude<keyof SourceFields, 'aliases'>;

// Fields and the columns they live in; only these names ever reach the SQL text.
const COLUMNS: Record<ColumnField, string> = {
  name: 'name',
  kind: 'kind',
  country: 'country',
  stateAffiliated: 'state_affiliated',
  notes: 'notes',
  wikidataId: 'wikidata_id',
};

/** Adds a source to the registry; its name must not be taken by another (unmerged) source. */
export function createSource(db: Database.Database, fields: NewSource): Source {
  return writeTransaction(db, () => {
    assertNameFree(db, fields.name);
    const id = newId();
    const at = now();
    statement(
      db,
      `INSERT INTO sources (id, name, kind, country, state_affiliated, notes, wikidata_id, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      id,
      fields.name,
      fields.kind,
      fields.country ?? null,
      fields.stateAffiliated ? 1 : 0,
      fields.notes ?? '',
      fields.wikidataId ?? null,
      at,
      at,
    );
    replaceAliases(db, id, fields.aliases ?? []);
    recordHistory(db, { entity: 'source', entityId: id, action: 'create', newValue: fields.name });
    return getSource(db, id);
  });
}

/** Edits a source; `aliases`, when given, replace the old list. Each real change is in the history. */
export function updateSource(db: Database.Database, id: string, patch: Partial<SourceFields>): Source {
  return writeTransaction(db, () => {
    const before = getSource(db, id);
    if (before.id !== id) {
      throw new ApiError('conflict', `This source was merged into "${before.name}"; edit that source instead.`);
    }
    if (patch.name !== undefined) assertNameFree(db, patch.name, id);
    const at = now();
    for (const field of Object.keys(COLUMNS) as ColumnField[]) {
      const value = patch[field];
      if (value === undefined || value === before[field]) continue;
      const stored = typeof value === 'boolean' ? (value ? 1 : 0) : value;
      statement(db, `UPDATE sources SET ${COLUMNS[field]} = ?, updated_at = ? WHERE id = ?`).run(stored, at, id);
      recordHistory(db, { entity: 'source', entityId: id, action: 'update', field, oldValue: before[field], newValue: value });
    }
    if (patch.aliases !== undefined) {
      replaceAliases(db, id, patch.aliases);
      const after = aliasesOf(db, id);
      if (!sameAliases(before.aliases, after)) {
        statement(db, 'UPDATE sources SET updated_at = ? WHERE id = ?').run(at, id);
        recordHistory(db, {
          entity: 'source',
          entityId: id,
          action: 'update',
          field: 'aliases',
          oldValue: before.aliases,
          newValue: after,
        });
      }
    }
    return getSource(db, id);
  });
}

/** Stores exactly these aliases, one per spelling whatever its case (the first one given wins). */
function replaceAliases(db: Database.Database, sourceId: string, aliases: readonly SourceAlias[]): void {
  statement(db, 'DELETE FROM source_aliases WHERE source_id = ?').run(sourceId);
  const seen = new Set<string>();
  const insert = statement(db, 'INSERT INTO source_aliases (id, source_id, alias, kind) VALUES (?, ?, ?, ?)');
  for (const { alias, kind } of aliases) {
    const key = foldName(alias);
    if (seen.has(key)) continue;
    seen.add(key);
    insert.run(newId(), sourceId, alias, kind);
  }
}

/** A reviewer vouches for a source created from a suggestion. Confirming twice changes nothing. */
export function confirmSource(db: Database.Database, id: string): Source {
  return writeTransaction(db, () => {
    const source = getSource(db, id);
    if (source.id !== id)
      throw new ApiError('conflict', `This source was merged into "${source.name}"; that source is the one to confirm.`);
    if (!source.confirmed) {
      statement(db, 'UPDATE sources SET confirmed = 1, updated_at = ? WHERE id = ?').run(now(), id);
      recordHistory(db, { entity: 'source', entityId: id, action: 'confirm', field: 'confirmed', oldValue: false, newValue: true });
    }
    return getSource(db, id);
  });
}

/**
 * Removes an unconfirmed source — one a suggestion created that names nobody real ("Similar
 * reports") — from every chain that named it and from the registry, recording each changed chain
 * in its claim's history. Confirmed sources are merged, never discarded, so nothing a reviewer
 * vouched for disappears. Returns the claims whose chains changed.
 */
export function discardSource(db: Database.Database, id: string): { id: string; claimIds: string[] } {
  return writeTransaction(db, () => {
    const source = getSource(db, id);
    if (source.id !== id) throw new ApiError('conflict', `This source was merged into "${source.name}".`);
    if (source.confirmed) {
      throw new ApiError('conflict', `"${source.name}" is a confirmed source; merge it into another instead of discarding it.`);
    }
    const claims = statement(db, 'SELECT DISTINCT claim_id AS claimId FROM attribution_hops WHERE source_id = ?').all(id) as {
      claimId: string;
    }[];
    const at = now();
    for (const { claimId } of claims) {
      const before = chainSnapshot(hopSnapshots(getClaim(db, claimId).hops));
      statement(db, 'DELETE FROM attribution_hops WHERE claim_id = ? AND source_id = ?').run(claimId, id);
      // Ordinals stay a gapless 0, 1, 2, … from the document to the origin.
      const rest = statement(db, 'SELECT id FROM attribution_hops WHERE claim_id = ? ORDER BY ordinal').all(claimId) as { id: string }[];
      rest.forEach((hop, ordinal) =>
        statement(db, 'UPDATE attribution_hops SET ordinal = ?, updated_at = ? WHERE id = ?').run(ordinal, at, hop.id),
      );
      statement(db, 'UPDATE claims SET updated_at = ? WHERE id = ?').run(at, claimId);
      recordHistory(db, {
        entity: 'claim',
        entityId: claimId,
        claimId,
        action: 'update',
        field: 'chain',
        oldValue: before,
        newValue: chainSnapshot(hopSnapshots(getClaim(db, claimId).hops)),
      });
    }
    statement(db, 'UPDATE documents SET outlet_source_id = NULL WHERE outlet_source_id = ?').run(id);
    statement(db, 'DELETE FROM sources WHERE id = ?').run(id);
    recordHistory(db, { entity: 'source', entityId: id, action: 'discard', oldValue: source.name });
    return { id, claimIds: claims.map((c) => c.claimId) };
  });
}
