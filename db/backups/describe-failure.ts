/** A backup failure as a sentence a reviewer can act on ("The last backup failed: …"). */
export function describeBackupFailure(error: unknown, folder: string): string {
  const code = String((error as { code?: unknown } | null)?.code ?? '');
  // SQLite's extended codes (SQLITE_IOERR_WRITE) share their meaning with the primary one.
  const reason = REASONS[code] ?? REASONS[code.split('_').slice(0, 2).join('_')] ?? firstLine(error);
  return `Could not write a backup in "${folder}": ${reason}`;
}

const REASONS: Record<string, string> = {
  EACCES: 'permission denied. Choose a folder you can write to for the workbench, or fix the folder’s permissions.',
  EPERM: 'permission denied. Choose a folder you can write to for the workbench, or fix the folder’s permissions.',
  EROFS: 'the disk is read-only.',
  ENOSPC: 'the disk is full. Free some space and back up again.',
  SQLITE_FULL: 'the disk is full. Free some space and back up again.',
  EDQUOT: 'your disk quota is used up.',
  SQLITE_CANTOPEN: 'the backup file could not be created there (is the folder writable?).',
  SQLITE_READONLY: 'the folder is read-only.',
  SQLITE_IOERR: 'the disk reported an error while writing.',
  ENOTDIR: 'a file with the backup folder’s name is in the way.',
  EEXIST: 'a file with the backup folder’s name is in the way.',
};

function firstLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split('\n')[0] ?? text;
}
