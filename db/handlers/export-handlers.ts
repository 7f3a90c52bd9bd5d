import { ApiError } from '../../core/api/result.js';
import { storeOffHost } from '../import/store-worker/store-in-worker.js';
import { renderExport } from '../reports/render-export.js';
import type { HandlerContext, HandlerGroup } from './context.js';

type ExportMethods = 'exports.render' | 'exports.cancel' | 'bundles.import';

export function exportHandlers({ db, workbench, emit }: HandlerContext): HandlerGroup<ExportMethods> {
  // Exports that were given an ID and are still running, so exports.cancel can reach them.
  const running = new Map<string, AbortController>();
  return {
    'exports.render': async ({ exportId, ...request }) => {
      if (exportId && running.has(exportId)) throw new ApiError('conflict', `An export with the ID ${exportId} is already running.`);
      const controller = new AbortController();
      if (exportId) running.set(exportId, controller);
      try {
        return await renderExport(db, request, {
          workbenchName: workbench.name,
          signal: controller.signal,
          onProgress: (done, total) => emit({ type: 'export.progress', exportId: exportId ?? null, done, total }),
        });
      } finally {
        if (exportId) running.delete(exportId);
      }
    },
    'exports.cancel': ({ exportId }) => {
      const controller = running.get(exportId);
      controller?.abort();
      return { cancelled: controller !== undefined };
    },
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
