import type Database from 'better-sqlite3';
import { newId } from '../ids.js';
import { statement } from '../statement-cache.js';
import { foldName } from '../../core/text/fold-name.js';

/** Tags as the reviewer typed them, trimmed, without case-insensitive repeats (first spelling wins). */
export function cleanTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const clean: string[] = [];
  for (const tag of tags) {
    const name = tag.replace(/\s+/gu, ' ').trim();
    const key = foldName(name);
    if (!name || seen.has(key)) continue;
    seen.add(key);
    clean.push(name);
  }
  return clean;
}

/** Whether two tag lists hold the same tags, ignoring order and case. */
export function sameTags(a: readonly string[], b: readonly string[]): boolean {
  const fold = (list: readonly string[]) => [...new Set(list.map(foldName))].sort().join('\n');
  return fold(a) === fold(b);
}

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
