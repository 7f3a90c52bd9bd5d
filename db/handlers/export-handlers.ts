import type { NamespaceHandlers } from '../../core/api/index.js';
import { ApiError } from '../../core/api/result.js';
import { exportPreview } from '../reports/export-preview.js';
import { renderExport } from '../reports/render-export.js';
import type { HandlerContext } from './context.js';

export function exportHandlers({ db, workbench, emit }: HandlerContext): NamespaceHandlers<'exports'> {
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
    'exports.preview': ({ scope }) => exportPreview(db, scope, workbench.name),
    'exports.cancel': ({ exportId }) => {
      const controller = running.get(exportId);
      controller?.abort();
      return { cancelled: controller !== undefined };
    },
  };
}
