import type { NamespaceHandlers } from '../../core/api/index.js';
import { ApiError } from '../../core/api/result.js';
import { BackupFailedError } from '../backups/workbench-backups.js';
import { getWorkbenchInfo } from '../queries/workbench-info.js';
import type { HandlerContext } from './context.js';

export function workbenchHandlers({ db, workbench, backups }: HandlerContext): NamespaceHandlers<'workbench'> {
  return {
    'workbench.info': () => getWorkbenchInfo(db, workbench),
    'workbench.backups': () => backups.list(),
    'workbench.backupNow': async () => {
      try {
        return await backups.backUpNow();
      } catch (error) {
        // A full disk or an unwritable folder is the state of the machine, not a bug: say so as it is.
        if (error instanceof BackupFailedError) throw new ApiError('conflict', error.message);
        throw error;
      }
    },
  };
}
