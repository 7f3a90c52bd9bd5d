import type Database from 'better-sqlite3';

import { isSourceName } from '../../core/detection/names.js';
import { sourceMatcher } from '../detection/match-source.js';
import { statement } from '../statement-cache.js';

/**
 * The registry source a document's outlet is: found by name or alias ("RIA" is RIA Novosti), or
 * created unconfirmed for the reviewer to confirm, merge or discard, so an outlet's articles are
 * one source wherever they are counted. Null when there is no outlet or it names no source (a
 * fragment of a sentence). Call inside the transaction that writes the document.
 */
export function outletSourceId(db: Database.Database, outlet: string | null): string | null {
  const name = outlet?.replace(/\s+/gu, ' ').trim();
  if (!name) return null;
  // Most outlets are named as the registry names them: one indexed look-up, not the whole registry.
  const exact = statement(
    db,
    `SELECT s.id FROM sources s
     WHERE s.merged_into IS NULL AND (s.name = @name COLLATE NOCASE
       OR EXISTS (SELECT 1 FROM source_aliases a WHERE a.source_id = s.id AND a.kind <> 'domain' AND a.alias = @name COLLATE NOCASE))
     LIMIT 1`,
  ).get({ name }) as { id: string } | undefined;
  if (exact) return exact.id;
  const matcher = sourceMatcher(db);
  // Outlets are looked up among every kind: a ministry's press page is its own outlet.
  const found = matcher.find(name, 'website');
  if (found) return found;
  return isSourceName(name) ? matcher.findOrCreate(name, 'website') : null;
}
