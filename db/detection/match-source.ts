import type Database from 'better-sqlite3';

import { ApiError } from '../../core/api/result.js';
import { givenNamesAgree, isSourceName, parsePersonName } from '../../core/detection/names.js';
import type { SourceKind } from '../../core/domain.js';
import { foldName } from '../../core/text/fold-name.js';
import { recordHistory } from '../history.js';
import { newId, now } from '../ids.js';
import { statement } from '../statement-cache.js';

interface Candidate {
  id: string;
  name: string;
  kind: SourceKind;
}

/**
 * The registry as accepting suggestions sees it: every unmerged source by its folded name and
 * aliases, and people by surname, so "Mevlut Cavusoglu" finds the "Turkey's Foreign Minister Mevlut
 * Cavusoglu" a colleague created and "Fox News Channel" finds Fox News.
 */
export interface SourceMatcher {
  /** The existing source a suggested name stands for, or null. */
  find(name: string, kind: SourceKind): string | null;
  /** The source for a suggested name, created unconfirmed when the registry has none. */
  findOrCreate(name: string, kind: SourceKind): string;
}

export function sourceMatcher(db: Database.Database): SourceMatcher {
  const sources = statement(
    db,
    'SELECT id, name, kind FROM sources WHERE merged_into IS NULL ORDER BY created_at, id',
  ).all() as Candidate[];
  const byName = new Map<string, string>();
  for (const source of sources) if (!byName.has(foldName(source.name))) byName.set(foldName(source.name), source.id);
  const aliases = statement(
    db,
    `SELECT a.alias, a.source_id AS sourceId FROM source_aliases a JOIN sources s ON s.id = a.source_id
     WHERE s.merged_into IS NULL AND a.kind <> 'domain'`,
  ).all() as { alias: string; sourceId: string }[];
  for (const { alias, sourceId } of aliases) if (!byName.has(foldName(alias))) byName.set(foldName(alias), sourceId);
  const people = sources.filter((s) => s.kind === 'person').map((s) => ({ id: s.id, person: parsePersonName(s.name) }));

  const find = (name: string, kind: SourceKind): string | null => {
    const exact = byName.get(foldName(name));
    if (exact) return exact;
    if (kind !== 'person') return null;
    const person = parsePersonName(name);
    if (!person) return null;
    const same = people.filter(
      (p) =>
        p.person &&
        p.person.surname === person.surname &&
        givenNamesAgree(p.person.given, person.given) &&
        (p.person.given.length > 0 || person.given.length > 0),
    );
    // Two people of that surname: the name alone cannot tell which, so neither is assumed.
    return same.length === 1 ? same[0]!.id : null;
  };

  return {
    find,
    findOrCreate: (name, kind) => {
      const existing = find(name, kind);
      if (existing) return existing;
      const cleanName = name.replace(/\s+/gu, ' ').trim();
      if (!isSourceName(cleanName)) {
        throw new ApiError(
          'invalid_arguments',
          `"${cleanName}" is a fragment of a sentence, not a source; edit the suggestion's chain before accepting it.`,
        );
      }
      const id = newId();
      const at = now();
      statement(
        db,
        `INSERT INTO sources (id, name, kind, country, state_affiliated, notes, confirmed, created_at, updated_at)
         VALUES (?, ?, ?, NULL, 0, '', 0, ?, ?)`,
      ).run(id, cleanName, kind, at, at);
      recordHistory(db, { entity: 'source', entityId: id, action: 'create', newValue: cleanName });
      byName.set(foldName(cleanName), id);
      if (kind === 'person') people.push({ id, person: parsePersonName(cleanName) });
      return id;
    },
  };
}
