import type Database from 'better-sqlite3';

import type { ClaimInContext, Rating, Source, SourceTrace } from '../../core/domain.js';
import { summariseTrace } from '../../core/review/source-trace.js';
import { foldName } from '../../core/text/fold-name.js';
import { statement } from '../statement-cache.js';
import { claimsWhere } from './claims.js';
import { getSource } from './source-detail.js';
import type { StoredFlags } from './stored-row.js';

/** A source (the one bound parameter) together with every source merged into it, however the merges were made. */
export const FAMILY_SQL = `WITH RECURSIVE family(id) AS (
  SELECT ?
  UNION SELECT s.id FROM sources s JOIN family f ON s.merged_into = f.id
) SELECT id FROM family`;

// Claims whose chain passes through the source, and claims in the documents it published itself.
const THROUGH_SOURCE_SQL = `(c.id IN (SELECT h.claim_id FROM attribution_hops h WHERE h.source_id IN (${FAMILY_SQL}))
  OR c.document_id IN (SELECT d.id FROM documents d WHERE d.outlet_source_id IN (${FAMILY_SQL})))`;

/** Every live claim whose chain passes through a source (or a source merged into it), or that its own articles make. */
export function claimsThroughSource(db: Database.Database, sourceId: string): ClaimInContext[] {
  return claimsWhere(db, THROUGH_SOURCE_SQL, [sourceId, sourceId]);
}

/**
 * Everything attributed to a source across the workbench: the claims in context, how far their
 * review has got, what the verdicts were, and which documents they come from.
 */
export function traceSource(db: Database.Database, id: string): SourceTrace {
  const source = getSource(db, id);
  const claims = claimsThroughSource(db, source.id);
  return summariseTrace(source, claims, scaleKeys(db), creditsOf(db, source));
}

type RatingKeyRow = StoredFlags<Pick<Rating, 'id' | 'key' | 'archived'>, 'archived'>;

/** The scale's keys in display order, archived ones flagged. */
function scaleKeys(db: Database.Database): Pick<Rating, 'id' | 'key' | 'archived'>[] {
  const rows = statement(db, 'SELECT id, key, archived FROM ratings ORDER BY ordinal').all() as RatingKeyRow[];
  return rows.map((row) => ({ ...row, archived: row.archived === 1 }));
}

/** Credits in live documents whose agency is the source under its name or one of its aliases. */
function creditsOf(db: Database.Database, source: Source): SourceTrace['credits'] {
  const names = new Set([source.name, ...source.aliases.filter((a) => a.kind !== 'domain').map((a) => a.alias)].map(foldName));
  const rows = statement(
    db,
    `SELECT d.id AS documentId, d.title AS documentTitle, json_extract(c.value, '$.text') AS text,
            json_extract(c.value, '$.agency') AS agency, json_extract(c.value, '$.person') AS person
     FROM documents d, json_each(d.photo_credits) c
     WHERE d.deleted_at IS NULL AND json_extract(c.value, '$.agency') IS NOT NULL
     ORDER BY d.created_at, d.id, c.key`,
  ).all() as { documentId: string; documentTitle: string; text: string; agency: string; person: string | null }[];
  return rows
    .filter((row) => typeof row.text === 'string' && names.has(foldName(row.agency)))
    .map(({ documentId, documentTitle, text, person }) => ({
      documentId,
      documentTitle,
      text,
      person: typeof person === 'string' ? person : null,
    }));
}
