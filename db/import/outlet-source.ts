import type Database from 'better-sqlite3';
import { isSourceName } from '../../core/detection/names.js';
import { sourceMatcher } from '../detection/match-source.js';

/**
 * The registry source a document's outlet is: found by name or alias ("RIA" is RIA Novosti), or
 * created unconfirmed for the reviewer to confirm, merge or discard, so an outlet's articles are
 * one source wherever they are counted. Null when there is no outlet or it names no source (a
 * fragment of a sentence). Call inside the transaction that writes the document.
 */
export function outletSourceId(db: Database.Database, outlet: string | null): string | null {
  const name = outlet?.replace(/\s+/gu, ' ').trim();
  if (!name) return null;
  const matcher = sourceMatcher(db);
  // Outlets are looked up among every kind: a ministry's press page is its own outlet.
  const found = matcher.find(name, 'website');
  if (found) return found;
  return isSourceName(name) ? matcher.findOrCreate(name, 'website') : null;
}
