import { corrupt, locked, notFound, WorkbenchOpenError } from './workbench-open-error.js';

/** The code an SQLite or file-system error carries ("SQLITE_FULL", "ENOSPC"), or ''. */
export function errorCode(error: unknown): string {
  if (typeof error === 'object' && error !== null && 'code' in error) {
    const code = (error as { code: unknown }).code;
    if (typeof code === 'string') return code;
  }
  return '';
}

/**
 * Turns a failure from opening or reading a file into the error a user sees, or returns the
 * original error when it is not about the file (a bug should surface as itself).
 */
export function explainOpenFailure(error: unknown, file: string): unknown {
  if (error instanceof WorkbenchOpenError) return error;
  const code = errorCode(error);
  if (/^SQLITE_(CORRUPT|NOTADB|IOERR)/.test(code)) return corrupt(file);
  if (/^SQLITE_(BUSY|LOCKED|READONLY|CANTOPEN|PERM|AUTH)/.test(code)) return locked(file);
  if (code === 'ENOENT' || code === 'ENOTDIR') return notFound(file);
  if (code === 'EACCES' || code === 'EPERM' || code === 'EBUSY') return locked(file);
  if (error instanceof TypeError && /directory does not exist/.test(error.message)) return notFound(file);
  return error;
}
