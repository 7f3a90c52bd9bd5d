import type { AppEvent } from '../../core/api/events.js';
import type { BackupEntry, BackupList } from '../../core/api/workbench.js';
import type { Workbench } from '../workbench.js';
import { isSnapshotDue, SNAPSHOT_MAX_AGE_MS } from './backup-policy.js';
import { countersMoved, newestRecordedChange, readSessionCounters, type SessionCounters } from './change-marker.js';
import { describeBackupFailure } from './describe-failure.js';
import { listSnapshots, toBackupEntry } from './list-snapshots.js';
import { SNAPSHOTS_KEPT } from './retention.js';
import { backupFolderFor } from './snapshot-names.js';
import { writeSnapshot } from './write-snapshot.js';

export interface WorkbenchBackupsOptions {
  emit?: (event: AppEvent) => void;
  /** The clock snapshots are named and judged by; tests pass their own. */
  now?: () => Date;
  keep?: number;
  maxAgeMs?: number;
  /** Defaults to `<dir>/<name>.claimtrace-backups` beside the workbench. */
  folder?: string;
}

/** The snapshots of one open workbench: listing them, taking one now, and taking one when due. */
export interface WorkbenchBackups {
  readonly folder: string;
  list(): BackupList;
  /** Takes a snapshot after any one already being written; rejects with a readable message. */
  backUpNow(): Promise<BackupEntry>;
  /** Takes a snapshot if one is due (see isSnapshotDue); never rejects, a failure goes to lastError. */
  backUpIfDue(): Promise<BackupEntry | null>;
  lastError(): string | null;
  /** Stops taking snapshots; one being written finishes or fails quietly. */
  close(): void;
}

export class BackupFailedError extends Error {
  override readonly name = 'BackupFailedError';
}

export function createWorkbenchBackups(workbench: Workbench, options: WorkbenchBackupsOptions = {}): WorkbenchBackups {
  const { db, name } = workbench;
  const folder = options.folder ?? backupFolderFor(workbench.path);
  const now = options.now ?? (() => new Date());
  const emit = options.emit ?? (() => {});
  const keep = options.keep ?? SNAPSHOTS_KEPT;

  let lastError: string | null = null;
  let closed = false;
  // Snapshots run one after another, never two at once: each waits for the one before.
  let queue: Promise<unknown> = Promise.resolve();
  let busy = false;
  // Counters as they were when the newest snapshot this connection took was started (or when the
  // file was opened), and that snapshot's name: what "changed since the newest snapshot" is
  // measured against without reading the snapshot back.
  let baseline: SessionCounters = readSessionCounters(db);
  let writtenThisSession: string | null = null;

  function snapshots() {
    return listSnapshots(folder, name);
  }

  function changedSince(newest: { file: string; at: string } | null): boolean {
    if (countersMoved(baseline, readSessionCounters(db))) return true;
    if (newest && newest.file === writtenThisSession) return false;
    // The newest snapshot predates this connection (or another process wrote it): compare it with
    // the change times the workbench records. Timestamps from before the snapshot's second mean
    // the work is in it; a change in the very same second counts as newer, to be safe.
    const recorded = newestRecordedChange(db);
    if (recorded === null) return false;
    return newest === null || recorded.slice(0, 19) >= newest.at.slice(0, 19);
  }

  async function take(): Promise<BackupEntry> {
    if (closed || !db.open) throw new BackupFailedError('The workbench is closed, so it cannot be backed up.');
    const startedWith = readSessionCounters(db);
    busy = true;
    try {
      const written = await writeSnapshot(db, { folder, name, at: now(), keep });
      baseline = startedWith;
      writtenThisSession = written.file;
      lastError = null;
      emit({ type: 'backups.changed' });
      return toBackupEntry(written);
    } catch (error) {
      // Closing the workbench mid-copy aborts the copy; that is not a failure to tell anyone about.
      if (closed || !db.open) throw new BackupFailedError('The workbench was closed before the backup finished.');
      lastError = describeBackupFailure(error, folder);
      emit({ type: 'backups.changed' });
      throw new BackupFailedError(lastError);
    } finally {
      busy = false;
    }
  }

  function enqueue<T>(task: () => Promise<T>): Promise<T> {
    const run = queue.then(task, task);
    queue = run.catch(() => {});
    return run;
  }

  return {
    folder,
    list: () => {
      try {
        return { folder, backups: snapshots().map(toBackupEntry), lastError };
      } catch (error) {
        return { folder, backups: [], lastError: lastError ?? describeBackupFailure(error, folder) };
      }
    },
    backUpNow: () => enqueue(take),
    backUpIfDue: () => {
      // An hourly check that finds a snapshot under way has nothing to add to it.
      if (busy || closed || !db.open) return Promise.resolve(null);
      return enqueue(async () => {
        if (closed || !db.open) return null;
        let due: boolean;
        try {
          const newest = snapshots()[0] ?? null;
          due = isSnapshotDue({
            newestAt: newest?.at ?? null,
            now: now(),
            changedSinceNewest: changedSince(newest),
            maxAgeMs: options.maxAgeMs ?? SNAPSHOT_MAX_AGE_MS,
          });
        } catch (error) {
          lastError = describeBackupFailure(error, folder);
          emit({ type: 'backups.changed' });
          return null;
        }
        if (!due) return null;
        return take().catch(() => null);
      });
    },
    lastError: () => lastError,
    close: () => {
      closed = true;
    },
  };
}
