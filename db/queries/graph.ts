import type Database from 'better-sqlite3';

import { graphOf } from '../../core/claims/chain-graph.js';
import type { ChainGraph, ClaimInContext } from '../../core/domain.js';
import { assertLiveDocument, claimsWhere, getClaim } from './claims.js';
import { getSource } from './source-detail.js';
import { claimsThroughSource } from './trace.js';

export type GraphScope = { claimId: string } | { documentId: string } | { sourceId: string };

/** The attribution chains of a claim, a document or a source, drawn as a graph (see graphOf). */
export function chainGraph(db: Database.Database, scope: GraphScope): ChainGraph {
  return graphOf(claimsIn(db, scope));
}

function claimsIn(db: Database.Database, scope: GraphScope): ClaimInContext[] {
  if ('claimId' in scope) return [getClaim(db, scope.claimId)];
  if ('documentId' in scope) {
    assertLiveDocument(db, scope.documentId);
    return claimsWhere(db, 'c.document_id = ?', [scope.documentId]);
  }
  return claimsThroughSource(db, getSource(db, scope.sourceId).id);
}
