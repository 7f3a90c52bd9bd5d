import type Database from 'better-sqlite3';

import { cleanTags } from '../../core/claims/tags.js';
import { foldName } from '../../core/text/fold-name.js';
import { newId } from '../ids.js';
import { statement } from '../statement-cache.js';

/**
 * Gives a claim exactly these tags, reusing an existing tag whatever its case ("Idlib" and
 * "idlib" are one tag) and creating the rest. Call inside the caller's transaction.
 */
export function setClaimTags(db: Database.Database, claimId: string, tags: readonly string[]): void {
  const existing = statement(db, 'SELECT id, name FROM tags').all() as { id: string; name: string }[];
  const byName = new Map(existing.map((tag) => [foldName(tag.name), tag.id]));
  statement(db, 'DELETE FROM claim_tags WHERE claim_id = ?').run(claimId);
  for (const name of cleanTags(tags)) {
    let tagId = byName.get(foldName(name));
    if (!tagId) {
      tagId = newId();
      statement(db, 'INSERT INTO tags (id, name) VALUES (?, ?)').run(tagId, name);
      byName.set(foldName(name), tagId);
    }
    statement(db, 'INSERT OR IGNORE INTO claim_tags (claim_id, tag_id) VALUES (?, ?)').run(claimId, tagId);
  }
}
