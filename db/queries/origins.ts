import type Database from 'better-sqlite3';

import { ApiError } from '../../core/api/result.js';
import type { SourceKind } from '../../core/domain.js';
import { type ClaimGroup, groupClaims } from '../../core/review/appearance-groups.js';
import { type ClaimOrigins, independentOrigins, type OriginAppearance, type OriginSource } from '../../core/review/origins.js';
import { statement } from '../statement-cache.js';
import { claimState, LIVE_CLAIM_SQL } from './claims.js';

interface SourceRow {
  id: string;
  name: string;
  kind: SourceKind;
  wikidataId: string | null;
  mergedInto: string | null;
}

interface DocumentRow {
  id: string;
  title: string;
  publishedAt: string | null;
  outletSourceId: string | null;
}

interface ClaimRow {
  id: string;
  documentId: string;
  start: number | null;
  end: number | null;
}

/** The registry with merges followed to the source that stands now (a merge of a merge too). */
function registry(db: Database.Database): (id: string) => OriginSource | null {
  const rows = statement(
    db,
    'SELECT id, name, kind, wikidata_id AS wikidataId, merged_into AS mergedInto FROM sources',
  ).all() as SourceRow[];
  const byId = new Map(rows.map((row) => [row.id, row]));
  return (id) => {
    let row = byId.get(id);
    const seen = new Set<string>();
    while (row?.mergedInto && !seen.has(row.id)) {
      seen.add(row.id);
      row = byId.get(row.mergedInto) ?? row;
    }
    return row ? { sourceId: row.id, name: row.name, kind: row.kind, wikidataId: row.wikidataId } : null;
  };
}

/**
 * The independent origins of claims, keyed by claim ID: the claims `claimIds` names, and every claim
 * joined to another document through a linked appearance (only those can rest on one origin across
 * several documents). Claims carried by several documents share one answer.
 */
export function originsByClaim(db: Database.Database, claimIds: readonly string[] = []): Map<string, ClaimOrigins> {
  const sourceOf = registry(db);
  const links = statement(
    db,
    `SELECT a.claim_id AS claimId, a.document_id AS documentId, a.start_offset AS start, a.end_offset AS end
     FROM claim_appearances a JOIN documents d ON d.id = a.document_id WHERE d.deleted_at IS NULL`,
  ).all() as { claimId: string; documentId: string; start: number; end: number }[];
  // Every claim a trail of links can reach: the claims linking out, and those in the documents linked to.
  const claims = statement(
    db,
    `SELECT c.id, c.document_id AS documentId, c.start_offset AS start, c.end_offset AS end
     FROM claims c JOIN documents d ON d.id = c.document_id
     WHERE ${LIVE_CLAIM_SQL} AND (
       c.id IN (SELECT value FROM json_each(?)) OR c.id IN (SELECT claim_id FROM claim_appearances)
       OR c.document_id IN (SELECT document_id FROM claim_appearances))`,
  ).all(JSON.stringify(claimIds)) as ClaimRow[];
  const groups = groupClaims(claims, links);
  const wanted = new Set<ClaimGroup>(groups.values());
  const involved = [...wanted].flatMap((group) => group.members.flatMap((member) => member.claimIds));
  const documentIds = [...new Set([...wanted].flatMap((group) => group.members.map((member) => member.documentId)))];
  const documents = new Map(
    (
      statement(
        db,
        `SELECT id, title, published_at AS publishedAt, outlet_source_id AS outletSourceId FROM documents
         WHERE deleted_at IS NULL AND id IN (SELECT value FROM json_each(?))`,
      ).all(JSON.stringify(documentIds)) as DocumentRow[]
    ).map((row) => [row.id, row]),
  );
  const chains = new Map<string, OriginSource[]>();
  const hops = statement(
    db,
    `SELECT claim_id AS claimId, source_id AS sourceId FROM attribution_hops
     WHERE claim_id IN (SELECT value FROM json_each(?)) ORDER BY claim_id, ordinal`,
  ).all(JSON.stringify(involved)) as { claimId: string; sourceId: string }[];
  for (const hop of hops) {
    const source = sourceOf(hop.sourceId);
    if (!source) continue;
    const chain = chains.get(hop.claimId) ?? [];
    chain.push(source);
    chains.set(hop.claimId, chain);
  }

  const answers = new Map<ClaimGroup, ClaimOrigins>();
  const result = new Map<string, ClaimOrigins>();
  for (const [claimId, group] of groups) {
    let answer = answers.get(group);
    if (!answer) {
      answer = independentOrigins(group.members.flatMap((member) => appearanceOf(member, documents, chains, sourceOf)));
      answers.set(group, answer);
    }
    result.set(claimId, answer);
  }
  return result;
}

function appearanceOf(
  member: ClaimGroup['members'][number],
  documents: Map<string, DocumentRow>,
  chains: Map<string, OriginSource[]>,
  sourceOf: (id: string) => OriginSource | null,
): OriginAppearance[] {
  const document = documents.get(member.documentId);
  if (!document) return [];
  return [
    {
      documentId: document.id,
      documentTitle: document.title,
      publishedAt: document.publishedAt,
      outlet: document.outletSourceId ? sourceOf(document.outletSourceId) : null,
      claimId: member.claimIds[0] ?? null,
      chains: member.claimIds.map((id) => chains.get(id) ?? []),
    },
  ];
}

/**
 * The independent origins behind one claim and the documents that carry it; null for a claim in
 * the bin (or in a document in the bin), which carries nothing until it is restored.
 */
export function claimOrigins(db: Database.Database, claimId: string): ClaimOrigins | null {
  const state = claimState(db, claimId);
  if (!state) throw new ApiError('not_found', `There is no claim with the ID ${claimId}.`);
  if (state.deleted || state.documentDeleted) return null;
  return originsByClaim(db, [claimId]).get(claimId) ?? null;
}
