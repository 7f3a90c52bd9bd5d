import type { NamespaceHandlers } from '../../core/api/index.js';
import { getSettings, updateSettings } from '../queries/settings.js';
import type { HandlerContext } from './context.js';

export function settingsHandlers({ db, emit }: HandlerContext): NamespaceHandlers<'settings'> {
  return {
    'settings.get': () => getSettings(db),
    'settings.update': (patch) => {
      const settings = updateSettings(db, patch);
      emit({ type: 'settings.changed' });
      return settings;
    },
  };
}
