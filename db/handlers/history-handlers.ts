import type { NamespaceHandlers } from '../../core/api/index.js';
import { historyOfExistingClaim } from '../queries/history-read.js';
import type { HandlerContext } from './context.js';

export function historyHandlers({ db }: HandlerContext): NamespaceHandlers<'history'> {
  return {
    'history.forClaim': ({ claimId }) => historyOfExistingClaim(db, claimId),
  };
}
