import type { Claim } from '../../core/domain.js';
import { createClaim } from '../queries/claim-create.js';
import { deleteClaim, reattachClaim, restoreClaim, setClaimChain, updateClaim } from '../queries/claim-edits.js';
import { searchClaims } from '../queries/claim-search.js';
import { assertLiveDocument, getClaim, listClaims } from '../queries/claims.js';
import type { HandlerContext, HandlerGroup } from './context.js';

type ClaimMethods =
  | 'claims.list'
  | 'claims.get'
  | 'claims.create'
  | 'claims.update'
  | 'claims.delete'
  | 'claims.restore'
  | 'claims.reattach'
  | 'claims.setChain'
  | 'claims.search';

export function claimHandlers({ db, emit }: HandlerContext): HandlerGroup<ClaimMethods> {
  /**
   * Announces a change to a claim. A claim with a chain also changes how many claims its sources
   * have, which the registry shows, so the sources are announced too.
   */
  const changed = (claim: Pick<Claim, 'id' | 'documentId' | 'hops'>, sourcesChanged = claim.hops.length > 0) => {
    emit({ type: 'claims.changed', documentId: claim.documentId, ids: [claim.id] });
    if (sourcesChanged) emit({ type: 'sources.changed' });
  };
  return {
    'claims.list': ({ documentId }) => {
      assertLiveDocument(db, documentId);
      return listClaims(db, documentId);
    },
    'claims.get': ({ id }) => getClaim(db, id),
    'claims.create': (args) => {
      const claim = createClaim(db, args);
      changed(claim);
      return claim;
    },
    'claims.update': ({ id, patch }) => {
      const claim = updateClaim(db, id, patch);
      changed(claim, false);
      return claim;
    },
    'claims.delete': ({ id }) => {
      const claim = deleteClaim(db, id);
      changed(claim);
      return { id };
    },
    'claims.restore': ({ id }) => {
      const claim = restoreClaim(db, id);
      changed(claim);
      return claim;
    },
    'claims.reattach': ({ id, span }) => {
      const claim = reattachClaim(db, id, span);
      changed(claim, false);
      return claim;
    },
    'claims.setChain': ({ id, hops }) => {
      const claim = setClaimChain(db, id, hops);
      changed(claim, true);
      return claim;
    },
    'claims.search': ({ query, limit }) => searchClaims(db, query, limit),
  };
}
