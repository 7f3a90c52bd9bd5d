import { ApiError } from '../core/api/result.js';
import { errorCode } from './sqlite-errors.js';

/**
 * What a failure of the file or the disk means to the person who made the change, as an error
 * they can act on, or null when the error is something else (a bug surfaces as itself). SQLite's
 * own wording — table names, constraint text — never reaches them.
 */
export function storageError(error: unknown): ApiError | null {
  const code = errorCode(error);
  if (code === 'SQLITE_FULL' || code === 'ENOSPC') {
    return new ApiError('storage', 'The disk is full, so the change was not saved. Free some space and try again; nothing was lost.');
  }
  if (code.startsWith('SQLITE_READONLY') || code === 'EROFS') {
    return new ApiError(
      'storage',
      'This workbench is open read-only, so it cannot be changed. Open a copy you may write to, or ask for write access to the file.',
    );
  }
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
    return new ApiError(
      'storage',
      'Another program kept the workbench busy for too long, so the change was not saved. Try again in a moment.',
    );
  }
  if (code.startsWith('SQLITE_IOERR')) {
    return new ApiError('storage', 'The disk refused to write the workbench, so the change was not saved. Check the disk and try again.');
  }
  if (code.startsWith('SQLITE_CONSTRAINT')) {
    // Validation comes first, so a refused constraint is input it did not foresee.
    return new ApiError(
      'invalid_arguments',
      'The change was refused: a value in it is empty or points at something the workbench does not hold.',
    );
  }
  return null;
}
