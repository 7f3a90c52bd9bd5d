// Tags are names: "Idlib" from one reviewer and "idlib" from another are one tag, whatever IDs
// their workbenches gave them.
import { foldName } from '../../core/text/fold-name.js';
import { statement } from '../statement-cache.js';
import { count, type MergeContext } from './merge-context.js';

export function mergeBundleTags(context: MergeContext): void {
  const { db, bundle } = context;
  const local = statement(db, 'SELECT id, name FROM tags').all() as { id: string; name: string }[];
  const ids = new Set(local.map((tag) => tag.id));
  const byName = new Map(local.map((tag) => [foldName(tag.name), tag.id]));
  for (const tag of bundle.tags) {
    if (ids.has(tag.id)) {
      count(context, 'skipped', 'tags');
      continue;
    }
    const sameName = byName.get(foldName(tag.name));
    if (sameName) {
      context.tagIds.set(tag.id, sameName);
      context.summary.matched.tags += 1;
      count(context, 'skipped', 'tags');
      continue;
    }
    statement(db, 'INSERT INTO tags (id, name, color) VALUES (?, ?, ?)').run(tag.id, tag.name, tag.color);
    ids.add(tag.id);
    byName.set(foldName(tag.name), tag.id);
    count(context, 'added', 'tags');
  }
}
