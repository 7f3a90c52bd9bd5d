import type { FileFilter } from 'electron';

import { extensionOf } from './file-names.js';

const FILTERS: Record<string, FileFilter> = {
  '.html': { name: 'HTML Report', extensions: ['html', 'htm'] },
  '.htm': { name: 'HTML Report', extensions: ['htm', 'html'] },
  '.md': { name: 'Markdown', extensions: ['md'] },
  '.csv': { name: 'CSV Spreadsheet', extensions: ['csv'] },
  '.json': { name: 'JSON', extensions: ['json'] },
  '.jsonld': { name: 'JSON-LD (Linked Data)', extensions: ['jsonld'] },
  '.pdf': { name: 'PDF Document', extensions: ['pdf'] },
};

const ALL_FILES: FileFilter = { name: 'All Files', extensions: ['*'] };

/**
 * The save dialog's type filters for a suggested name: its own format first, so the dialog shows
 * matching files, then "All Files" so a text export can still be saved as .txt. A PDF is only
 * ever a PDF.
 */
export function saveFiltersFor(fileName: string): FileFilter[] {
  const extension = extensionOf(fileName);
  const own = FILTERS[extension];
  if (!own) return [ALL_FILES];
  return extension === '.pdf' ? [own] : [own, ALL_FILES];
}
