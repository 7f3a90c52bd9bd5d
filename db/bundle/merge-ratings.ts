// The verdict scale merges by ID (the default scale has fixed IDs in every workbench), then by
// key: two reviewers who each added a "satire" rating mean the same verdict. Ratings carry no
// timestamps, so when both sides changed one, the later change is read from each side's history.
import type { BundleRating } from '../../core/bundle/format.js';
import { chooseVersion, differingFields } from '../../core/bundle/merge-rules.js';
import { statement } from '../statement-cache.js';
import { ratingRows } from './bundle-rows.js';
import { count, type MergeContext, recordOverwrite } from './merge-context.js';

export const CONTENT_FIELDS = ['key', 'label', 'color', 'ordinal', 'ratingValue', 'description', 'archived'] as const;

export function mergeBundleRatings(context: MergeContext): void {
  const { db, bundle } = context;
  const local = new Map(ratingRows(db).map((rating) => [rating.id, rating]));
  const byKey = new Map([...local.values()].map((rating) => [rating.key, rating.id]));
  const incomingChanges = lastChangesByRating(
    bundle.history.filter((row) => row.entity === 'rating').map((row) => ({ id: row.entityId, at: row.at })),
  );
  const localChanges = lastChangesByRating(
    statement(db, "SELECT entity_id AS id, at FROM history WHERE entity = 'rating'").all() as { id: string; at: string }[],
  );

  for (const incoming of bundle.ratings) {
    const existing = local.get(incoming.id);
    if (!existing) {
      const sameKey = byKey.get(incoming.key);
      if (sameKey) {
        context.ratingIds.set(incoming.id, sameKey);
        context.summary.matched.ratings += 1;
        count(context, 'skipped', 'ratings');
        continue;
      }
      statement(
        db,
        `INSERT INTO ratings (id, key, label, color, ordinal, rating_value, description, archived)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(
        incoming.id,
        incoming.key,
        incoming.label,
        incoming.color,
        incoming.ordinal,
        incoming.ratingValue,
        incoming.description,
        incoming.archived ? 1 : 0,
      );
      byKey.set(incoming.key, incoming.id);
      count(context, 'added', 'ratings');
      continue;
    }
    const differing = differingFields(existing, incoming, CONTENT_FIELDS);
    const localChange = localChanges.get(incoming.id) ?? null;
    const resolution = chooseVersion(localChange, incomingChanges.get(incoming.id) ?? null, differing.length === 0);
    if (resolution !== 'incoming') {
      count(context, 'skipped', 'ratings');
      continue;
    }
    updateRating(context, existing, incoming, byKey);
    count(context, 'updated', 'ratings');
    if (localChange === null) continue;
    for (const field of differing) {
      recordOverwrite(context, { entity: 'rating', entityId: incoming.id, field, oldValue: existing[field], newValue: incoming[field] });
    }
  }
}

function updateRating(context: MergeContext, existing: BundleRating, incoming: BundleRating, byKey: Map<string, string>): void {
  let key = incoming.key;
  const holder = byKey.get(key);
  if (holder && holder !== incoming.id) {
    key = existing.key;
    context.summary.notes.push(
      `The rating "${existing.label}" kept its key "${existing.key}": another rating here already uses "${incoming.key}".`,
    );
  }
  statement(
    context.db,
    `UPDATE ratings SET key = ?, label = ?, color = ?, ordinal = ?, rating_value = ?, description = ?, archived = ?
     WHERE id = ?`,
  ).run(
    key,
    incoming.label,
    incoming.color,
    incoming.ordinal,
    incoming.ratingValue,
    incoming.description,
    incoming.archived ? 1 : 0,
    incoming.id,
  );
  byKey.delete(existing.key);
  byKey.set(key, incoming.id);
}

function lastChangesByRating(rows: readonly { id: string; at: string }[]): Map<string, number> {
  const latest = new Map<string, number>();
  for (const row of rows) {
    const at = Date.parse(row.at);
    if (at > (latest.get(row.id) ?? Number.NEGATIVE_INFINITY)) latest.set(row.id, at);
  }
  return latest;
}
