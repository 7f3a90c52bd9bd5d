// Reading workbench rows as bundle rows: column for column, camelCase, flags as booleans. Each
// reader takes the IDs to read, or null for the whole table, and returns rows in a stable order
// that does not depend on the order they were inserted in, so exporting a merged copy gives the
// same bundle as exporting the original.
import type Database from 'better-sqlite3';

import type {
  BundleAppearance,
  BundleClaim,
  BundleClaimTag,
  BundleDocument,
  BundleEvidence,
  BundleFile,
  BundleHistory,
  BundleHop,
  BundleRating,
  BundleRejection,
  BundleSource,
  BundleTag,
} from '../../core/bundle/format.js';
import type { AliasKind } from '../../core/domain.js';
import { wellFormedProvenance } from '../../core/metadata/provenance.js';
import { statement } from '../statement-cache.js';

export type IdFilter = readonly string[] | null;

/** `WHERE <column> IN (the IDs)` when there is a filter, nothing otherwise; the IDs bind as one JSON parameter. */
function where(column: string, ids: IdFilter): { sql: string; params: string[] } {
  return ids === null
    ? { sql: '', params: [] }
    : { sql: `WHERE ${column} IN (SELECT value FROM json_each(?))`, params: [JSON.stringify(ids)] };
}

export function documentRows(db: Database.Database, ids: IdFilter): BundleDocument[] {
  const filter = where('id', ids);
  const rows = statement(
    db,
    `SELECT id, title, outlet, outlet_source_id AS outletSourceId, author, url, published_at AS publishedAt, language,
            direction, content_hash AS contentHash, article_start AS articleStart, comments_start AS commentsStart, photo_credits AS photoCredits,
            provenance, source_file AS sourceFile, source_format AS sourceFormat, created_at AS createdAt, updated_at AS updatedAt,
            deleted_at AS deletedAt, text
     FROM documents ${filter.sql} ORDER BY created_at, id`,
  ).all(...filter.params) as (Omit<BundleDocument, 'photoCredits' | 'provenance'> & { photoCredits: string; provenance: string })[];
  return rows.map((row) => ({
    ...row,
    photoCredits: JSON.parse(row.photoCredits) as unknown[],
    provenance: wellFormedProvenance(row.provenance),
  }));
}

export function sourceRows(db: Database.Database, ids: IdFilter): BundleSource[] {
  const filter = where('id', ids);
  const rows = statement(
    db,
    `SELECT id, name, kind, country, state_affiliated AS stateAffiliated, notes, merged_into AS mergedInto,
            wikidata_id AS wikidataId, confirmed, created_at AS createdAt, updated_at AS updatedAt
     FROM sources ${filter.sql} ORDER BY created_at, id`,
  ).all(...filter.params) as (Omit<BundleSource, 'stateAffiliated' | 'confirmed' | 'aliases'> & {
    stateAffiliated: number;
    confirmed: number;
  })[];
  const aliasFilter = where('source_id', ids);
  const aliases = new Map<string, BundleSource['aliases']>();
  const aliasRows = statement(
    db,
    `SELECT source_id AS sourceId, alias, kind FROM source_aliases ${aliasFilter.sql}
     ORDER BY source_id, kind, alias`,
  ).all(...aliasFilter.params) as { sourceId: string; alias: string; kind: AliasKind }[];
  for (const row of aliasRows) {
    const list = aliases.get(row.sourceId) ?? [];
    list.push({ alias: row.alias, kind: row.kind });
    aliases.set(row.sourceId, list);
  }
  return rows.map((row) => ({
    ...row,
    stateAffiliated: row.stateAffiliated === 1,
    confirmed: row.confirmed === 1,
    aliases: aliases.get(row.id) ?? [],
  }));
}

export function ratingRows(db: Database.Database): BundleRating[] {
  const rows = statement(
    db,
    `SELECT id, key, label, color, ordinal, rating_value AS ratingValue, description, archived
     FROM ratings ORDER BY ordinal, key, id`,
  ).all() as (Omit<BundleRating, 'archived'> & { archived: number })[];
  return rows.map((row) => ({ ...row, archived: row.archived === 1 }));
}

export const CLAIM_COLUMNS = `id, document_id AS documentId, quote, prefix, suffix, start_offset AS startOffset,
  end_offset AS endOffset, orphaned, statement, claimant, kind, checkworthiness, status, rating_id AS ratingId,
  assignee, rationale_json AS rationaleJson, rationale_text AS rationaleText, notes_json AS notesJson, notes_text AS notesText,
  origin, created_at AS createdAt, updated_at AS updatedAt, deleted_at AS deletedAt`;

export type ClaimRow = Omit<BundleClaim, 'orphaned'> & { orphaned: number };

export function toBundleClaim(row: ClaimRow): BundleClaim {
  return { ...row, orphaned: row.orphaned === 1 };
}

export function claimRows(db: Database.Database, ids: IdFilter): BundleClaim[] {
  const filter = where('id', ids);
  const rows = statement(db, `SELECT ${CLAIM_COLUMNS} FROM claims ${filter.sql} ORDER BY created_at, id`).all(
    ...filter.params,
  ) as ClaimRow[];
  return rows.map(toBundleClaim);
}

export const HOP_COLUMNS = `id, claim_id AS claimId, ordinal, source_id AS sourceId, kind, cue_start AS cueStart,
  cue_end AS cueEnd, cue_text AS cueText, stance, created_at AS createdAt, updated_at AS updatedAt`;

export function hopRows(db: Database.Database, claimIds: IdFilter): BundleHop[] {
  const filter = where('claim_id', claimIds);
  return statement(db, `SELECT ${HOP_COLUMNS} FROM attribution_hops ${filter.sql} ORDER BY claim_id, ordinal, id`).all(
    ...filter.params,
  ) as BundleHop[];
}

export function claimTagRows(db: Database.Database, claimIds: IdFilter): BundleClaimTag[] {
  const filter = where('claim_id', claimIds);
  return statement(db, `SELECT claim_id AS claimId, tag_id AS tagId FROM claim_tags ${filter.sql} ORDER BY claim_id, tag_id`).all(
    ...filter.params,
  ) as BundleClaimTag[];
}

export function tagRows(db: Database.Database, ids: IdFilter): BundleTag[] {
  const filter = where('id', ids);
  return statement(db, `SELECT id, name, color FROM tags ${filter.sql} ORDER BY name, id`).all(...filter.params) as BundleTag[];
}

export const EVIDENCE_COLUMNS = `id, claim_id AS claimId, kind, stance, url, title, accessed_at AS accessedAt, note,
  document_id AS documentId, quote, prefix, suffix, start_offset AS startOffset, end_offset AS endOffset,
  file_id AS fileId, created_at AS createdAt, updated_at AS updatedAt`;

export function evidenceRows(db: Database.Database, claimIds: IdFilter): BundleEvidence[] {
  const filter = where('claim_id', claimIds);
  return statement(db, `SELECT ${EVIDENCE_COLUMNS} FROM evidence ${filter.sql} ORDER BY created_at, id`).all(
    ...filter.params,
  ) as BundleEvidence[];
}

export function fileRows(db: Database.Database, ids: IdFilter): BundleFile[] {
  const filter = where('id', ids);
  const rows = statement(
    db,
    `SELECT id, name, media_type AS mediaType, size, sha256, created_at AS createdAt, data
     FROM files ${filter.sql} ORDER BY created_at, id`,
  ).all(...filter.params) as (Omit<BundleFile, 'dataBase64'> & { data: Buffer })[];
  return rows.map(({ data, ...row }) => ({ ...row, dataBase64: data.toString('base64') }));
}

export function appearanceRows(db: Database.Database, claimIds: IdFilter): BundleAppearance[] {
  const filter = where('claim_id', claimIds);
  return statement(
    db,
    `SELECT id, claim_id AS claimId, document_id AS documentId, quote, start_offset AS startOffset,
            end_offset AS endOffset, score, created_at AS createdAt
     FROM claim_appearances ${filter.sql} ORDER BY created_at, id`,
  ).all(...filter.params) as BundleAppearance[];
}

export const HISTORY_COLUMNS = `id, at, actor, entity, entity_id AS entityId, claim_id AS claimId, action, field,
  old_value AS oldValue, new_value AS newValue`;

/** The whole audit trail, in the order it was written. */
export function allHistoryRows(db: Database.Database): BundleHistory[] {
  return statement(db, `SELECT ${HISTORY_COLUMNS} FROM history ORDER BY at, rowid`).all() as BundleHistory[];
}

/**
 * The audit trail of part of a workbench: the claims' own history and that of the documents,
 * sources and ratings the bundle carries, in the order it was written.
 */
export function scopedHistoryRows(
  db: Database.Database,
  scope: { claimIds: readonly string[]; documentIds: readonly string[]; sourceIds: readonly string[] },
): BundleHistory[] {
  return statement(
    db,
    `SELECT ${HISTORY_COLUMNS} FROM history
     WHERE claim_id IN (SELECT value FROM json_each(?))
        OR (claim_id IS NULL AND entity = 'document' AND entity_id IN (SELECT value FROM json_each(?)))
        OR (claim_id IS NULL AND entity = 'source' AND entity_id IN (SELECT value FROM json_each(?)))
        OR (claim_id IS NULL AND entity = 'rating')
     ORDER BY at, rowid`,
  ).all(JSON.stringify(scope.claimIds), JSON.stringify(scope.documentIds), JSON.stringify(scope.sourceIds)) as BundleHistory[];
}

export function rejectionRows(db: Database.Database, documentIds: IdFilter): BundleRejection[] {
  const filter = where('document_id', documentIds);
  const rows = statement(
    db,
    `SELECT id, document_id AS documentId, claim_quote AS claimQuote, claim_start AS claimStart, claim_end AS claimEnd,
            chain, rejected_by AS rejectedBy, rejected_at AS rejectedAt
     FROM suggestion_rejections ${filter.sql} ORDER BY rejected_at, id`,
  ).all(...filter.params) as (Omit<BundleRejection, 'chain'> & { chain: string })[];
  return rows.map((row) => ({ ...row, chain: JSON.parse(row.chain) as BundleRejection['chain'] }));
}
