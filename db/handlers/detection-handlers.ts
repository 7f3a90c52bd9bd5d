import type { NamespaceHandlers } from '../../core/api/index.js';
import { acceptSuggestions } from '../detection/accept.js';
import { suggestForDocument } from '../detection/suggest.js';
import { listRejections, rejectSuggestion, restoreSuggestion } from '../queries/suggestion-rejections.js';
import { writeTransaction } from '../write-transaction.js';
import type { HandlerContext } from './context.js';

export function detectionHandlers({ db, emit }: HandlerContext): NamespaceHandlers<'detection'> {
  return {
    'detection.suggest': ({ documentId, includeComments }) => suggestForDocument(db, documentId, includeComments),
    'detection.accept': ({ documentId, suggestions }) => {
      const claims = acceptSuggestions(db, documentId, suggestions);
      if (claims.length > 0) {
        emit({ type: 'claims.changed', documentId, ids: claims.map((claim) => claim.id) });
        emit({ type: 'sources.changed' });
      }
      return claims;
    },
    'detection.reject': ({ documentId, suggestions }) => {
      const rejections = writeTransaction(db, () => suggestions.map((suggestion) => rejectSuggestion(db, documentId, suggestion)));
      emit({ type: 'rejections.changed', documentId });
      return rejections;
    },
    'detection.rejections': ({ documentId }) => listRejections(db, documentId),
    'detection.restore': ({ id }) => {
      const rejection = restoreSuggestion(db, id);
      emit({ type: 'rejections.changed', documentId: rejection.documentId });
      return rejection;
    },
  };
}
