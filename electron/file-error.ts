import { ApiError } from '../core/api/result.js';

const REASONS: Record<string, string> = {
  EACCES: 'permission was denied',
  EPERM: 'permission was denied, or the file is open in another program',
  EBUSY: 'the file is open in another program',
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EROFS: 'the disk is read-only',
  ENOENT: 'the folder no longer exists',
  ENOTDIR: 'part of the path is not a folder',
  EISDIR: 'a folder already has that name',
  ENAMETOOLONG: 'the name or path is too long',
  EMFILE: 'too many files are open',
  EIO: 'the disk reported a read or write error',
};

/**
 * A failed save as the user should read it: what could not be done, to which file, and why in
 * plain words rather than an errno code.
 */
export function fileError(action: string, file: string, error: unknown): ApiError {
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  const reason =
    (typeof code === 'string' ? REASONS[code] : undefined) ??
    (error instanceof Error ? error.message : String(error))
      .split('\n')[0]!
      .slice(0, 300)
      .replace(/[.\s]+$/u, '');
  return new ApiError('internal', `Claimtrace could not ${action} "${file}": ${reason}.`);
}
