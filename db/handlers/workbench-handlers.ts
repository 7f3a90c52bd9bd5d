import { ApiError } from '../../core/api/result.js';
import { BackupFailedError } from '../backups/workbench-backups.js';
import { getSettings, updateSettings } from '../queries/settings.js';
import { getWorkbenchInfo } from '../queries/workbench-info.js';
import type { HandlerContext, HandlerGroup } from './context.js';

export function workbenchHandlers({ db, workbench, emit, backups }: HandlerContext): HandlerGroup<
  'workbench.info' | 'workbench.backups' | 'workbench.backupNow' | 'settings.get' | 'settings.update'
> {
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
    'settings.get': () => getSettings(db),
    'settings.update': (patch) => {
      const settings = updateSettings(db, patch);
      emit({ type: 'settings.changed' });
      return settings;
    },
  };
}
