import type Database from 'better-sqlite3';
import type { z } from 'zod';

import type { Args } from '../../core/api/index.js';
import type { ratingFieldsSchema, RatingInUse, RatingScale } from '../../core/api/ratings.js';
import { ApiError } from '../../core/api/result.js';
import type { Rating } from '../../core/domain.js';
import { safeColour } from '../../core/review/colour.js';
import { scaleBounds } from '../../core/review/scale.js';
import { recordHistory } from '../history.js';
import { newId } from '../ids.js';
import { statement } from '../statement-cache.js';
import { writeTransaction } from '../write-transaction.js';
import type { StoredFlags } from './stored-row.js';

export type RatingFields = z.infer<typeof ratingFieldsSchema>;
export type NewRating = Args<'ratings.create'>;

/** A rating as RATING_SELECT reads it, with how many claims (binned ones included) have it. */
type RatingRow = StoredFlags<Rating, 'archived'> & { claimCount: number };

const RATING_SELECT = `
  SELECT r.id, r.key, r.label, r.color, r.ordinal, r.rating_value AS ratingValue, r.description, r.archived,
         (SELECT count(*) FROM claims c WHERE c.rating_id = r.id) AS claimCount
  FROM ratings r`;

function toRating(row: RatingRow): Rating {
  return {
    id: row.id,
    key: row.key,
    label: row.label,
    // Shown in style attributes: a row written before colours were checked shows as grey.
    color: safeColour(row.color),
    ordinal: row.ordinal,
    ratingValue: row.ratingValue,
    description: row.description,
    archived: row.archived === 1,
  };
}

/** The whole scale in display order, archived ratings included, with how many claims use each. */
export function listRatings(db: Database.Database): RatingInUse[] {
  const rows = statement(db, `${RATING_SELECT} ORDER BY r.ordinal, r.key`).all() as RatingRow[];
  return rows.map((row) => ({ ...toRating(row), claimCount: row.claimCount }));
}

/** The current scale and its bounds, as ClaimReview's reviewRating needs them. */
export function ratingScale(db: Database.Database): RatingScale {
  const ratings = listRatings(db)
    .filter((rating) => !rating.archived)
    .map(({ claimCount: _count, ...rating }) => rating);
  return { ratings, ...scaleBounds(ratings) };
}

function ratingRow(db: Database.Database, id: string): RatingRow {
  const row = statement(db, `${RATING_SELECT} WHERE r.id = ?`).get(id) as RatingRow | undefined;
  if (!row) throw new ApiError('not_found', `There is no rating with the ID ${id}.`);
  return row;
}

export function getRating(db: Database.Database, id: string): Rating {
  return toRating(ratingRow(db, id));
}

/**
 * A rating a claim may be given now: it exists and is not archived. An archived rating stays on
 * the claims that had it, but new verdicts come from the current scale only.
 */
export function assertAssignableRating(db: Database.Database, id: string): Rating {
  const row = statement(db, `${RATING_SELECT} WHERE r.id = ?`).get(id) as RatingRow | undefined;
  if (!row) throw new ApiError('not_found', `There is no rating with the ID ${id}; choose a verdict from the scale.`);
  if (row.archived === 1) {
    throw new ApiError('invalid_arguments', `The rating "${row.label}" is archived; choose a current verdict from the scale.`);
  }
  return toRating(row);
}

function assertKeyFree(db: Database.Database, key: string, exceptId: string | null): void {
  const holder = statement(db, 'SELECT id, label FROM ratings WHERE key = ?').get(key) as { id: string; label: string } | undefined;
  if (holder && holder.id !== exceptId) {
    throw new ApiError('conflict', `The key "${key}" is already used by the rating "${holder.label}".`);
  }
}

export function createRating(db: Database.Database, fields: NewRating): Rating {
  return writeTransaction(db, () => {
    assertKeyFree(db, fields.key, null);
    const { next } = statement(db, 'SELECT coalesce(max(ordinal), 0) + 1 AS next FROM ratings').get() as { next: number };
    const id = newId();
    statement(
      db,
      `INSERT INTO ratings (id, key, label, color, ordinal, rating_value, description, archived)
       VALUES (?, ?, ?, ?, ?, ?, ?, 0)`,
    ).run(id, fields.key, fields.label, fields.color, next, fields.ratingValue ?? null, fields.description ?? '');
    const rating = getRating(db, id);
    recordHistory(db, { entity: 'rating', entityId: id, action: 'create', newValue: rating });
    return rating;
  });
}

type PatchField = keyof RatingFields;

// Patch fields and the columns they live in; only these names ever reach the SQL text.
const COLUMNS: Record<PatchField, string> = {
  key: 'key',
  label: 'label',
  color: 'color',
  ratingValue: 'rating_value',
  description: 'description',
};

export function updateRating(db: Database.Database, id: string, patch: Partial<RatingFields>): Rating {
  return writeTransaction(db, () => {
    const before = getRating(db, id);
    if (patch.key !== undefined) assertKeyFree(db, patch.key, id);
    for (const field of Object.keys(COLUMNS) as PatchField[]) {
      const value = patch[field];
      if (value === undefined || value === before[field]) continue;
      statement(db, `UPDATE ratings SET ${COLUMNS[field]} = ? WHERE id = ?`).run(value, id);
      recordHistory(db, { entity: 'rating', entityId: id, action: 'update', field, oldValue: before[field], newValue: value });
    }
    return getRating(db, id);
  });
}

/** Puts the scale in the given order. Every rating must be named, so none is left with a stale place. */
export function reorderRatings(db: Database.Database, ids: readonly string[]): Rating[] {
  return writeTransaction(db, () => {
    const before = listRatings(db);
    const known = new Set(before.map((rating) => rating.id));
    const unknown = ids.find((id) => !known.has(id));
    if (unknown) throw new ApiError('not_found', `There is no rating with the ID ${unknown}.`);
    if (ids.length !== before.length) {
      throw new ApiError(
        'invalid_arguments',
        `The new order names ${ids.length} of the ${before.length} ratings; list every rating, archived ones included.`,
      );
    }
    ids.forEach((id, index) => statement(db, 'UPDATE ratings SET ordinal = ? WHERE id = ?').run(index + 1, id));
    const after = listRatings(db);
    const keys = (list: readonly Rating[]) => list.map((rating) => rating.key);
    if (keys(before).join('\n') !== keys(after).join('\n')) {
      // The scale has no ID of its own; the entry hangs on the rating now placed first.
      recordHistory(db, {
        entity: 'rating',
        entityId: ids[0]!,
        action: 'reorder',
        field: 'order',
        oldValue: keys(before),
        newValue: keys(after),
      });
    }
    return after.map(({ claimCount: _count, ...rating }) => rating);
  });
}

export function archiveRating(db: Database.Database, id: string, archived: boolean): Rating {
  return writeTransaction(db, () => {
    const before = getRating(db, id);
    if (before.archived !== archived) {
      statement(db, 'UPDATE ratings SET archived = ? WHERE id = ?').run(archived ? 1 : 0, id);
      recordHistory(db, {
        entity: 'rating',
        entityId: id,
        action: archived ? 'archive' : 'unarchive',
        field: 'archived',
        oldValue: before.archived,
        newValue: archived,
      });
    }
    return getRating(db, id);
  });
}

/**
 * Deletes a rating nobody uses. A rating that is the verdict of any claim, even one in the bin,
 * can only be archived: deleting it would erase what the reviewer decided.
 */
export function deleteRating(db: Database.Database, id: string): void {
  writeTransaction(db, () => {
    const row = ratingRow(db, id);
    if (row.claimCount > 0) {
      const claims = row.claimCount === 1 ? '1 claim' : `${row.claimCount} claims`;
      throw new ApiError('conflict', `The rating "${row.label}" is the verdict of ${claims}; archive it instead of deleting it.`);
    }
    statement(db, 'DELETE FROM ratings WHERE id = ?').run(id);
    recordHistory(db, { entity: 'rating', entityId: id, action: 'delete', oldValue: toRating(row) });
  });
}
