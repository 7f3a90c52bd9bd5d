import { getSettings, updateSettings } from '../queries/settings.js';
import { getWorkbenchInfo } from '../queries/workbench-info.js';
import type { HandlerContext, HandlerGroup } from './context.js';

export function workbenchHandlers({ db, workbench, emit }: HandlerContext): HandlerGroup<
  'workbench.info' | 'settings.get' | 'settings.update'
> {
  return {
    'workbench.info': () => getWorkbenchInfo(db, workbench),
    'settings.get': () => getSettings(db),
    'settings.update': (patch) => {
      const settings = updateSettings(db, patch);
      emit({ type: 'settings.changed' });
      return settings;
    },
  };
}
