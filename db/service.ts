import type { AppEvent, Handlers } from '../core/api/index.js';
import { importFile, importPastedText } from './import/import-file.js';
import { getDocument } from './queries/document-detail.js';
import { deleteDocument, restoreDocument, updateDocument } from './queries/document-edits.js';
import { listOutlets, searchDocuments } from './queries/document-search.js';
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
  const changed = (ids: string[]) => emit({ type: 'documents.changed', ids });
  return {
    'workbench.info': () => getWorkbenchInfo(db, workbench),
    'documents.list': (args) => listDocuments(db, args),
    'documents.outlets': () => listOutlets(db),
    'documents.get': ({ id }) => getDocument(db, id),
    'documents.update': ({ id, patch }) => {
      const document = updateDocument(db, id, patch);
      changed([id]);
      return document;
    },
    'documents.delete': ({ id }) => {
      const deleted = deleteDocument(db, id);
      changed([id]);
      return deleted;
    },
    'documents.restore': ({ id }) => {
      const restored = restoreDocument(db, id);
      changed([id]);
      return restored;
    },
    'documents.search': ({ query, limit }) => searchDocuments(db, query, limit),
    'documents.importFile': async ({ name, dataBase64 }) => {
      const outcome = await importFile(db, { name, bytes: Buffer.from(dataBase64, 'base64') });
      if (outcome.status === 'imported') changed([outcome.document.id]);
      return outcome;
    },
    'documents.importText': ({ text, title }) => {
      const outcome = importPastedText(db, text, title);
      if (outcome.status === 'imported') changed([outcome.document.id]);
      return outcome;
    },
    'sources.list': (args) => listSources(db, args),
    'settings.get': () => getSettings(db),
    'settings.update': (patch) => {
      const settings = updateSettings(db, patch);
      emit({ type: 'settings.changed' });
      return settings;
    },
  };
}
