import { createContext, useContext } from 'react';

import type { ImportRun } from './import-run.js';

/** What the rest of the app can ask of the importer, wherever its buttons are. */
export interface ImportActions {
  chooseFiles: () => void;
  chooseFolder: () => void;
  pasteText: () => void;
  run: ImportRun | null;
  cancel: () => void;
  dismiss: () => void;
  /** The workbench cannot be written to, so nothing can be added: the ways in are not offered. */
  readOnly: boolean;
}

export const ImportContext = createContext<ImportActions | null>(null);

export function useImportActions(): ImportActions {
  const actions = useContext(ImportContext);
  if (!actions) throw new Error('useImportActions needs an ImportProvider above it.');
  return actions;
}
