import type Database from 'better-sqlite3';
import { CLAIM_STATUSES, type ClaimInContext, type ClaimStatus, type Source, type SourceTrace } from '../../core/domain.js';
import { statement } from '../statement-cache.js';
import { claimsWhere } from './claims.js';
import { getSource } from './source-detail.js';
import { foldName } from '../../core/text/fold-name.js';

// A source together with every source merged into it, however the merges were made.
const FAMILY_SQL = `WITH RECURSIVE family(id) AS (
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

  const byStatus = Object.fromEntries(CLAIM_STATUSES.map((status) => [status, 0])) as Record<ClaimStatus, number>;
  for (const claim of claims) byStatus[claim.status] += 1;

  // Every rating of the scale is listed, so a chart of the verdicts keeps its shape at zero.
  const ratings = statement(db, 'SELECT id, key, archived FROM ratings ORDER BY ordinal').all() as {
    id: string;
    key: string;
    archived: number;
  }[];
  const keyOf = new Map(ratings.map((rating) => [rating.id, rating.key]));
  const byVerdict: Record<string, number> = {};
  for (const rating of ratings) if (rating.archived === 0) byVerdict[rating.key] = 0;
  byVerdict.unrated = 0;
  for (const claim of claims) {
    const key = (claim.ratingId && keyOf.get(claim.ratingId)) || 'unrated';
    byVerdict[key] = (byVerdict[key] ?? 0) + 1;
  }

  const documents = new Map<string, SourceTrace['documents'][number]>();
  for (const claim of claims) {
    const entry = documents.get(claim.documentId) ?? {
      id: claim.documentId,
      title: claim.documentTitle,
      outlet: claim.documentOutlet,
      claimCount: 0,
    };
    entry.claimCount += 1;
    documents.set(claim.documentId, entry);
  }

  return { source, claims, byStatus, byVerdict, documents: [...documents.values()], credits: creditsOf(db, source) };
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
    .map(({ documentId, documentTitle, text, person }) => ({ documentId, documentTitle, text, person: typeof person === 'string' ? person : null }));
}
