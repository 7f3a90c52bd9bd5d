import type { AppEvent, Handlers } from '../core/api/index.js';
import { createWorkbenchBackups, type WorkbenchBackups } from './backups/workbench-backups.js';
import { bundleHandlers } from './handlers/bundle-handlers.js';
import { claimHandlers } from './handlers/claim-handlers.js';
import type { HandlerContext } from './handlers/context.js';
import { detectionHandlers } from './handlers/detection-handlers.js';
import { documentHandlers } from './handlers/document-handlers.js';
import { evidenceHandlers } from './handlers/evidence-handlers.js';
import { exportHandlers } from './handlers/export-handlers.js';
import { historyHandlers } from './handlers/history-handlers.js';
import { hostHandlers } from './handlers/host-handlers.js';
import { ratingHandlers } from './handlers/rating-handlers.js';
import { reviewHandlers } from './handlers/review-handlers.js';
import { settingsHandlers } from './handlers/settings-handlers.js';
import { sourceHandlers } from './handlers/source-handlers.js';
import { workbenchHandlers } from './handlers/workbench-handlers.js';
import { storageError } from './storage-errors.js';
import type { Workbench } from './workbench.js';

export interface ServiceOptions {
  /** Where changes are announced to whoever shows them (the host forwards them to the renderer). */
  emit?: (event: AppEvent) => void;
  /**
   * The snapshots hosts keep (see withBackups). Without it, snapshots are taken only on request,
   * so tools and tests never get automatic ones.
   */
  backups?: WorkbenchBackups;
}

/**
 * The API contract implemented over one open workbench, assembled from one handler group per
 * namespace. Arguments arrive already validated by the dispatch wrapper.
 */
export function createService(workbench: Workbench, options: ServiceOptions = {}): Handlers {
  const emit = options.emit ?? (() => {});
  const backups = options.backups ?? createWorkbenchBackups(workbench, { emit });
  const context: HandlerContext = { workbench, db: workbench.db, emit, backups };
  return explainingStorageErrors({
    ...workbenchHandlers(context),
    ...settingsHandlers(context),
    ...hostHandlers(),
    ...documentHandlers(context),
    ...sourceHandlers(context),
    ...claimHandlers(context),
    ...historyHandlers(context),
    ...detectionHandlers(context),
    ...exportHandlers(context),
    ...bundleHandlers(context),
    ...reviewHandlers(context),
    ...ratingHandlers(context),
    ...evidenceHandlers(context),
  });
}

/** Every handler, with failures of the disk or the file turned into errors a person can act on. */
function explainingStorageErrors<H extends Record<string, (args: never) => unknown>>(handlers: H): H {
  const wrap = (handler: (args: never) => unknown) => async (args: never) => {
    try {
      return await handler(args);
    } catch (error) {
      throw storageError(error) ?? error;
    }
  };
  // Same keys, same argument types; each result is only awaited, as dispatch awaits it anyway.
  return Object.fromEntries(Object.entries(handlers).map(([method, handler]) => [method, wrap(handler)])) as H;
}
