// The audit trail is append-only on both sides, so merging it is a union: every line of the
// bundle's history the workbench lacks is added as it was written, and none is ever changed.
import { statement } from '../statement-cache.js';
import { count, type MergeContext } from './merge-context.js';

export function mergeBundleHistory(context: MergeContext): void {
  const insert = statement(
    context.db,
    `INSERT INTO history (id, at, actor, entity, entity_id, claim_id, action, field, old_value, new_value)
     VALUES (@id, @at, @actor, @entity, @entityId, @claimId, @action, @field, @oldValue, @newValue)
     ON CONFLICT (id) DO NOTHING`,
  );
  for (const row of context.bundle.history) {
    const added = insert.run(row).changes > 0;
    count(context, added ? 'added' : 'skipped', 'history');
  }
}
