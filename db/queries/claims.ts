import type Database from 'better-sqlite3';

import { ApiError } from '../../core/api/result.js';
import { chainFlagOf } from '../../core/claims/attribution-chain.js';
import { withoutContext } from '../../core/claims/claim-context.js';
import { commenterAt } from '../../core/comments/commenter.js';
import type { AttributionHop, Claim, ClaimInContext } from '../../core/domain.js';
import { statement } from '../statement-cache.js';
import type { StoredFlags } from './stored-row.js';

/**
 * A claim with its document's columns, as CLAIM_SELECT reads it: offsets under their column
 * names, and no chain, tags or flags, which come from other tables or are worked out on reading.
 */
type ClaimRow = StoredFlags<
  Omit<ClaimInContext, 'start' | 'end' | 'rationaleJson' | 'tags' | 'hops' | 'chainFlag' | 'fromComment'>,
  'orphaned'
> & {
  startOffset: number | null;
  endOffset: number | null;
  rationaleJson: string | null;
  deletedAt: string | null;
  documentDeletedAt: string | null;
  commentsStart: number | null;
  /** For a claim in the reader comments only, the thread above it, where its author is named. */
  threadAbove: string | null;
};

type HopRow = Omit<AttributionHop, 'cue'> & {
  claimId: string;
  cueStart: number | null;
  cueEnd: number | null;
  cueText: string | null;
};

const CLAIM_SELECT = `
  SELECT c.id, c.document_id AS documentId, c.quote, c.prefix, c.suffix, c.start_offset AS startOffset,
         c.end_offset AS endOffset, c.orphaned, c.statement, c.claimant, c.kind, c.checkworthiness, c.status,
         c.rating_id AS ratingId, c.assignee, c.rationale_json AS rationaleJson, c.rationale_text AS rationaleText,
         c.notes_json AS notesJson, c.notes_text AS notesText, c.origin,
         c.created_at AS createdAt, c.updated_at AS updatedAt, c.deleted_at AS deletedAt,
         d.title AS documentTitle, d.outlet AS documentOutlet, d.published_at AS documentPublishedAt,
         d.deleted_at AS documentDeletedAt, d.comments_start AS commentsStart,
         -- For a claim in the reader comments only, the thread above it, where its author is named.
         CASE WHEN d.comments_start IS NOT NULL AND c.start_offset >= d.comments_start
              THEN substr(d.text, max(d.comments_start, c.start_offset - 8000) + 1, c.start_offset - max(d.comments_start, c.start_offset - 8000))
         END AS threadAbove
  FROM claims c JOIN documents d ON d.id = c.document_id`;

/** Live means neither the claim nor its document is in the bin. */
export const LIVE_CLAIM_SQL = 'c.deleted_at IS NULL AND d.deleted_at IS NULL';

// Text order, orphans last: an orphan has no place in the text to sort by.
const TEXT_ORDER = 'c.orphaned, c.start_offset, c.end_offset, c.seq';

/** The chain of every listed claim. A hop naming a merged source shows the source it lives on in. */
function hopsOf(db: Database.Database, claimIds: string[]): Map<string, AttributionHop[]> {
  const rows = statement(
    db,
    `SELECT h.id, h.claim_id AS claimId, h.ordinal, coalesce(t.id, s.id) AS sourceId,
            coalesce(t.name, s.name) AS sourceName, coalesce(t.kind, s.kind) AS sourceKind, h.kind,
            h.cue_start AS cueStart, h.cue_end AS cueEnd, h.cue_text AS cueText, h.stance
     FROM attribution_hops h
     JOIN sources s ON s.id = h.source_id
     LEFT JOIN sources t ON t.id = s.merged_into
     WHERE h.claim_id IN (SELECT value FROM json_each(?))
     ORDER BY h.claim_id, h.ordinal`,
  ).all(JSON.stringify(claimIds)) as HopRow[];
  const byClaim = new Map<string, AttributionHop[]>();
  for (const row of rows) {
    const list = byClaim.get(row.claimId) ?? [];
    list.push(toHop(row));
    byClaim.set(row.claimId, list);
  }
  return byClaim;
}

function toHop(row: HopRow): AttributionHop {
  return {
    id: row.id,
    ordinal: row.ordinal,
    sourceId: row.sourceId,
    sourceName: row.sourceName,
    sourceKind: row.sourceKind,
    kind: row.kind,
    cue: row.cueStart === null || row.cueEnd === null ? null : { start: row.cueStart, end: row.cueEnd, text: row.cueText ?? '' },
    stance: row.stance,
  };
}

function tagsOf(db: Database.Database, claimIds: string[]): Map<string, string[]> {
  const rows = statement(
    db,
    `SELECT ct.claim_id AS claimId, t.name FROM claim_tags ct JOIN tags t ON t.id = ct.tag_id
     WHERE ct.claim_id IN (SELECT value FROM json_each(?))
     ORDER BY t.name COLLATE NOCASE`,
  ).all(JSON.stringify(claimIds)) as { claimId: string; name: string }[];
  const byClaim = new Map<string, string[]>();
  for (const row of rows) byClaim.set(row.claimId, [...(byClaim.get(row.claimId) ?? []), row.name]);
  return byClaim;
}

/** Claims with their chains and tags, read for all the rows at once. */
function toClaims(db: Database.Database, rows: ClaimRow[]): ClaimInContext[] {
  const ids = rows.map((row) => row.id);
  const hops = hopsOf(db, ids);
  const tags = tagsOf(db, ids);
  return rows.map((row) => toClaim(row, hops.get(row.id) ?? [], tags.get(row.id) ?? []));
}

function toClaim(row: ClaimRow, hops: AttributionHop[], tags: string[]): ClaimInContext {
  return {
    id: row.id,
    documentId: row.documentId,
    quote: row.quote,
    prefix: row.prefix,
    suffix: row.suffix,
    start: row.startOffset,
    end: row.endOffset,
    orphaned: row.orphaned === 1,
    statement: row.statement,
    claimant: row.claimant,
    kind: row.kind,
    checkworthiness: row.checkworthiness,
    status: row.status,
    ratingId: row.ratingId,
    assignee: row.assignee,
    rationaleJson: row.rationaleJson,
    rationaleText: row.rationaleText,
    tags,
    notesJson: row.notesJson,
    notesText: row.notesText,
    origin: row.origin,
    hops,
    chainFlag: chainFlagOf(hops),
    fromComment: row.threadAbove === null ? null : { commenter: commenterAt(row.threadAbove, 0, row.threadAbove.length) },
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    documentTitle: row.documentTitle,
    documentOutlet: row.documentOutlet,
    documentPublishedAt: row.documentPublishedAt,
  };
}

/** Refuses a document that does not exist or is in the bin, without reading its text. */
export function assertLiveDocument(db: Database.Database, documentId: string): void {
  const row = statement(db, 'SELECT deleted_at AS deletedAt FROM documents WHERE id = ?').get(documentId) as
    { deletedAt: string | null } | undefined;
  if (!row || row.deletedAt) throw new ApiError('not_found', `There is no document with the ID ${documentId}.`);
}

/** The live claims of a document in text order, orphans last. */
export function listClaims(db: Database.Database, documentId: string): Claim[] {
  const rows = statement(db, `${CLAIM_SELECT} WHERE c.document_id = ? AND ${LIVE_CLAIM_SQL} ORDER BY ${TEXT_ORDER}`).all(
    documentId,
  ) as ClaimRow[];
  return toClaims(db, rows).map(withoutContext);
}

/** Live claims by ID, in the order given; IDs of claims that are not live are skipped. */
export function claimsInContext(db: Database.Database, ids: string[]): ClaimInContext[] {
  if (ids.length === 0) return [];
  const rows = statement(db, `${CLAIM_SELECT} WHERE c.id IN (SELECT value FROM json_each(?)) AND ${LIVE_CLAIM_SQL}`).all(
    JSON.stringify(ids),
  ) as ClaimRow[];
  const byId = new Map(toClaims(db, rows).map((claim) => [claim.id, claim]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** A live claim, or not_found. */
export function getClaim(db: Database.Database, id: string): ClaimInContext {
  const claim = claimsInContext(db, [id])[0];
  if (!claim) throw new ApiError('not_found', `There is no claim with the ID ${id}.`);
  return claim;
}

/** Where a claim row stands, live or binned; null when no row has the ID. */
export function claimState(db: Database.Database, id: string): { documentId: string; deleted: boolean; documentDeleted: boolean } | null {
  const row = statement(
    db,
    `SELECT c.document_id AS documentId, c.deleted_at AS deletedAt, d.deleted_at AS documentDeletedAt
     FROM claims c JOIN documents d ON d.id = c.document_id WHERE c.id = ?`,
  ).get(id) as { documentId: string; deletedAt: string | null; documentDeletedAt: string | null } | undefined;
  if (!row) return null;
  return { documentId: row.documentId, deleted: row.deletedAt !== null, documentDeleted: row.documentDeletedAt !== null };
}

/** Live claims chosen by a fixed filter over `c` (claims) and `d` (documents), in document then text order. */
export function claimsWhere(db: Database.Database, filterSql: string, params: unknown[]): ClaimInContext[] {
  const rows = statement(
    db,
    `${CLAIM_SELECT} WHERE ${LIVE_CLAIM_SQL} AND (${filterSql})
     ORDER BY d.published_at IS NULL, d.published_at DESC, d.seq, ${TEXT_ORDER}`,
  ).all(...params) as ClaimRow[];
  return toClaims(db, rows);
}
