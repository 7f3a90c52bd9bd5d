import type { NamespaceHandlers } from '../../core/api/index.js';
import type { Claim } from '../../core/domain.js';
import { claimAppearances, findAppearances, linkAppearance, unlinkAppearance } from '../queries/appearances.js';
import { createClaim } from '../queries/claim-create.js';
import { deleteClaim, reattachClaim, restoreClaim, setClaimChain, updateClaim } from '../queries/claim-edits.js';
import { setClaimRationale, setClaimStatus, setClaimVerdict } from '../queries/claim-review.js';
import { searchClaims } from '../queries/claim-search.js';
import { assertLiveDocument, claimState, getClaim, listClaims } from '../queries/claims.js';
import { listEvidence } from '../queries/evidence.js';
import { historyOfExistingClaim } from '../queries/history-read.js';
import { claimOrigins } from '../queries/origins.js';
import type { HandlerContext } from './context.js';

export function claimHandlers({ db, emit }: HandlerContext): NamespaceHandlers<'claims'> {
  /**
   * Announces a change to a claim. A claim with a chain also changes how many claims its sources
   * have, which the registry shows, so the sources are announced too.
   */
  const changed = (claim: Pick<Claim, 'id' | 'documentId' | 'hops'>, sourcesChanged = claim.hops.length > 0) => {
    emit({ type: 'claims.changed', documentId: claim.documentId, ids: [claim.id] });
    if (sourcesChanged) emit({ type: 'sources.changed' });
  };
  /** A review decision (status, verdict, rationale) changes the claim only, never its sources. */
  const reviewed = (claim: Claim): Claim => {
    changed(claim, false);
    return claim;
  };
  /** Appearances are part of their claim: the claim's document is told the claim changed. */
  const appearancesChanged = (claimId: string) => {
    const claim = claimState(db, claimId);
    if (claim) emit({ type: 'claims.changed', documentId: claim.documentId, ids: [claimId] });
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
    'claims.setStatus': ({ id, status }) => reviewed(setClaimStatus(db, id, status)),
    'claims.setVerdict': ({ id, ratingId }) => reviewed(setClaimVerdict(db, id, ratingId)),
    'claims.setRationale': ({ id, rationaleJson, rationaleText }) => reviewed(setClaimRationale(db, id, rationaleJson, rationaleText)),
    // One synchronous read: no change can land between the history and the evidence.
    'claims.records': ({ claimId }) => {
      const state = claimState(db, claimId);
      const live = state !== null && !state.deleted && !state.documentDeleted;
      return {
        history: historyOfExistingClaim(db, claimId),
        evidence: live ? listEvidence(db, claimId) : null,
        appearances: live ? claimAppearances(db, claimId) : null,
      };
    },
    'claims.findAppearances': ({ id, minScore, limit }) => findAppearances(db, id, minScore, limit),
    'claims.linkAppearance': ({ id, documentId, start, end }) => {
      const appearance = linkAppearance(db, id, documentId, { start, end });
      appearancesChanged(id);
      return appearance;
    },
    'claims.unlinkAppearance': ({ appearanceId }) => {
      const appearance = unlinkAppearance(db, appearanceId);
      appearancesChanged(appearance.claimId);
      return { appearanceId };
    },
    'claims.appearances': ({ id }) => claimAppearances(db, id),
    'claims.origins': ({ id }) => claimOrigins(db, id),
  };
}
