import { claimAppearances, findAppearances, linkAppearance, unlinkAppearance } from '../queries/appearances.js';
import { claimState } from '../queries/claims.js';
import type { HandlerContext, HandlerGroup } from './context.js';

type AppearanceMethods = 'claims.findAppearances' | 'claims.linkAppearance' | 'claims.unlinkAppearance' | 'claims.appearances';

export function appearanceHandlers({ db, emit }: HandlerContext): HandlerGroup<AppearanceMethods> {
  const changed = (claimId: string) => {
    const claim = claimState(db, claimId);
    if (claim) emit({ type: 'claims.changed', documentId: claim.documentId, ids: [claimId] });
  };
  return {
    'claims.findAppearances': ({ id, minScore, limit }) => findAppearances(db, id, minScore, limit),
    'claims.linkAppearance': ({ id, documentId, start, end }) => {
      const appearance = linkAppearance(db, id, documentId, { start, end });
      changed(id);
      return appearance;
    },
    'claims.unlinkAppearance': ({ appearanceId }) => {
      const appearance = unlinkAppearance(db, appearanceId);
      changed(appearance.claimId);
      return { appearanceId };
    },
    'claims.appearances': ({ id }) => claimAppearances(db, id),
  };
}
