import type Database from 'better-sqlite3';

import type { ClaimInContext, SourceKind } from '../../core/domain.js';
import { type Amplification, amplificationOf, type RelayClaimInput } from '../../core/review/amplification.js';
import type { CarryingPassage } from '../../core/review/first-appearances.js';
import { statement } from '../statement-cache.js';
import { claimsWhere } from './claims.js';
import { getSource } from './source-detail.js';
import { FAMILY_SQL } from './trace.js';

// Claims whose chain names the source or a source merged into it. Claims in the source's own
// articles that do not name it are left out: nobody relays those, the source published them.
const THROUGH_HOPS_SQL = `c.id IN (SELECT h.claim_id FROM attribution_hops h WHERE h.source_id IN (${FAMILY_SQL}))`;

interface DocumentFacts {
  id: string;
  outlet: string | null;
  importedAt: string;
  outletSourceId: string | null;
  outletSourceName: string | null;
  outletSourceKind: SourceKind | null;
}

/** Who relays a source, how often and when, with the first appearance of each relayed claim (see amplificationOf). */
export function amplifySource(db: Database.Database, id: string): Amplification {
  const source = getSource(db, id);
  const claims = claimsWhere(db, THROUGH_HOPS_SQL, [source.id]);
  const documents = documentFacts(db, [...new Set(claims.map((claim) => claim.documentId))]);
  const appearances = appearancesOf(
    db,
    claims.map((claim) => claim.id),
  );
  const inputs = claims.map((claim) => relayInput(claim, documents.get(claim.documentId)!, appearances.get(claim.id) ?? []));
  return amplificationOf({ id: source.id, name: source.name, kind: source.kind }, inputs, mergedSources(db));
}

function relayInput(claim: ClaimInContext, document: DocumentFacts, appearances: CarryingPassage[]): RelayClaimInput {
  return {
    claimId: claim.id,
    quote: claim.quote,
    documentId: claim.documentId,
    documentTitle: claim.documentTitle,
    outletSource:
      document.outletSourceId && document.outletSourceName && document.outletSourceKind
        ? { id: document.outletSourceId, name: document.outletSourceName, kind: document.outletSourceKind }
        : null,
    outletName: document.outlet,
    publishedAt: claim.documentPublishedAt,
    importedAt: document.importedAt,
    start: claim.start,
    end: claim.end,
    hops: claim.hops,
    appearances,
  };
}

/** The publishing outlet of each document, as the registry knows it now (a merged outlet as its target), and when it was imported. */
function documentFacts(db: Database.Database, ids: string[]): Map<string, DocumentFacts> {
  const rows = statement(
    db,
    `SELECT d.id, d.outlet, d.created_at AS importedAt, coalesce(t.id, s.id) AS outletSourceId,
            coalesce(t.name, s.name) AS outletSourceName, coalesce(t.kind, s.kind) AS outletSourceKind
     FROM documents d
     LEFT JOIN sources s ON s.id = d.outlet_source_id
     LEFT JOIN sources t ON t.id = s.merged_into
     WHERE d.id IN (SELECT value FROM json_each(?))`,
  ).all(JSON.stringify(ids)) as DocumentFacts[];
  return new Map(rows.map((row) => [row.id, row]));
}

/** Each claim's linked appearances in live documents. */
function appearancesOf(db: Database.Database, claimIds: string[]): Map<string, CarryingPassage[]> {
  const rows = statement(
    db,
    `SELECT a.claim_id AS claimId, a.document_id AS documentId, d.title AS documentTitle, d.published_at AS publishedAt,
            a.start_offset AS start, a.end_offset AS end
     FROM claim_appearances a JOIN documents d ON d.id = a.document_id
     WHERE a.claim_id IN (SELECT value FROM json_each(?)) AND d.deleted_at IS NULL
     ORDER BY a.claim_id, d.published_at, a.start_offset`,
  ).all(JSON.stringify(claimIds)) as (CarryingPassage & { claimId: string })[];
  const byClaim = new Map<string, CarryingPassage[]>();
  for (const { claimId, ...passage } of rows) {
    const list = byClaim.get(claimId) ?? [];
    list.push(passage);
    byClaim.set(claimId, list);
  }
  return byClaim;
}

/** Merged sources and the source each lives on in. */
function mergedSources(db: Database.Database): Map<string, string> {
  const rows = statement(db, 'SELECT id, merged_into AS mergedInto FROM sources WHERE merged_into IS NOT NULL').all() as {
    id: string;
    mergedInto: string;
  }[];
  return new Map(rows.map((row) => [row.id, row.mergedInto]));
}
