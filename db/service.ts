import type { AppEvent, Handlers } from '../core/api/index.js';
import { listDocuments } from './queries/documents.js';
import { getSettings, updateSettings } from './queries/settings.js';
import { listSources } from './queries/sources.js';
import { getWorkbenchInfo } from './queries/workbench-info.js';
import type { Workbench } from './workbench.js';

export interface ServiceOptions {
  /** Where changes are announced to whoever shows them (the host forwards them to the renderer). */
  emit?: (event: AppEvent) => void;
}

/** The API contract implemented over one open workbench. Arguments arrive already validated. */
export function createService(workbench: Workbench, options: ServiceOptions = {}): Handlers {
  const { db } = workbench;
  const emit = options.emit ?? (() => {});
  return {
    'workbench.info': () => getWorkbenchInfo(db, workbench),
    'documents.list': (args) => listDocuments(db, args),
    'sources.list': (args) => listSources(db, args),
    'settings.get': () => getSettings(db),
    'settings.update': (patch) => {
      const settings = updateSettings(db, patch);
      emit({ type: 'settings.changed' });
      return settings;
    },
  };
}
