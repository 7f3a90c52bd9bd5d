import type { NamespaceHandlers } from '../../core/api/index.js';
import { ApiError } from '../../core/api/result.js';
import { storeOffHost } from '../import/store-worker/store-in-worker.js';
import type { HandlerContext } from './context.js';

export function bundleHandlers({ db, workbench, emit }: HandlerContext): NamespaceHandlers<'bundles'> {
  return {
    'bundles.import': async ({ dataBase64, json }) => {
      if (workbench.readonly) throw new ApiError('forbidden', 'This workbench is open read-only; nothing can be imported into it.');
      // A large bundle is read, checked and merged by the store worker, off the host.
      const outcome = await storeOffHost(db, { kind: 'merge', bundle: { dataBase64, json } });
      if (outcome.documentIds.length > 0) emit({ type: 'documents.changed', ids: outcome.documentIds });
      for (const [documentId, ids] of outcome.claimIds) emit({ type: 'claims.changed', documentId, ids });
      if (outcome.sourcesChanged) emit({ type: 'sources.changed' });
      return outcome.summary;
    },
  };
}
