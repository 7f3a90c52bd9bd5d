// Which files an import picks up. Files the reviewer names one by one are always tried (the
// workbench recognises a document by its content and explains what it cannot read); files found
// inside a folder are taken only when their name says they are documents, and hidden files never.

export const IMPORTABLE_EXTENSIONS = ['.txt', '.text', '.md', '.markdown', '.html', '.htm', '.mhtml', '.mht', '.pdf', '.docx'] as const;

/** For the file chooser: what it offers by default. */
export const IMPORT_ACCEPT = '.txt,.md,.markdown,.html,.htm,.mhtml,.mht,.pdf,.docx';

/** Larger files are reported as failed without being sent. */
export { MAX_IMPORT_FILE_BYTES } from '../../core/api/documents.js';

export function extensionOf(name: string): string {
  const base = baseName(name);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot).toLowerCase() : '';
}

export function baseName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

export function isImportableName(name: string): boolean {
  return (IMPORTABLE_EXTENSIONS as readonly string[]).includes(extensionOf(name));
}

/** True when the file itself or any folder on its path is hidden (".git/…", ".DS_Store"). */
export function isHiddenPath(path: string): boolean {
  return path.split(/[\\/]/).some((part) => part.startsWith('.') && part !== '.' && part !== '..');
}

/** Whether a file found while walking a folder should be imported. */
export function belongsInFolderImport(path: string): boolean {
  return !isHiddenPath(path) && isImportableName(path);
}
