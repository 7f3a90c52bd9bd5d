import type { AppEvent } from '../../core/api/events.js';
import type { Workbench } from '../workbench.js';
import { createWorkbenchBackups, type WorkbenchBackups, type WorkbenchBackupsOptions } from './workbench-backups.js';

/** How often an open workbench is checked for a due snapshot. */
export const CHECK_EVERY_MS = 60 * 60 * 1000;
// The first check waits until the window has loaded and the reviewer has started, so opening a
// workbench is never slowed by copying it.
export const FIRST_CHECK_AFTER_MS = 60 * 1000;

export interface ScheduleOptions {
  checkEveryMs?: number;
  firstCheckAfterMs?: number;
}

export interface Schedule {
  stop(): void;
}

/**
 * Checks now and then whether a snapshot is due and takes it. The timers never keep a process
 * alive, and nothing a check does can throw into the host: failures end up in `lastError`.
 */
export function scheduleAutomaticBackups(backups: WorkbenchBackups, options: ScheduleOptions = {}): Schedule {
  const every = options.checkEveryMs ?? CHECK_EVERY_MS;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let stopped = false;

  const plan = (delay: number) => {
    timer = setTimeout(() => {
      timer = null;
      void backups.backUpIfDue().finally(() => {
        if (!stopped) plan(every);
      });
    }, delay);
    timer.unref?.();
  };
  plan(options.firstCheckAfterMs ?? FIRST_CHECK_AFTER_MS);

  return {
    stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      timer = null;
    },
  };
}

/** A workbench a host has open, with its snapshots. */
export type BackedUpWorkbench<W extends Workbench = Workbench> = W & { backups: WorkbenchBackups };

export interface HostBackupOptions extends Omit<WorkbenchBackupsOptions, 'emit'>, ScheduleOptions {
  emit: (event: AppEvent) => void;
}

/**
 * What a host (desktop window, browser host) does with the workbench it opens: snapshots on
 * request, and automatic ones unless the file was opened read-only. Closing the workbench stops the
 * schedule first, so no check ever runs against a closed file.
 */
export function withBackups<W extends Workbench>(workbench: W, options: HostBackupOptions): BackedUpWorkbench<W> {
  const backups = createWorkbenchBackups(workbench, options);
  const schedule = workbench.readonly ? null : scheduleAutomaticBackups(backups, options);
  const close = workbench.close.bind(workbench);
  return Object.assign(workbench, {
    backups,
    close() {
      schedule?.stop();
      backups.close();
      close();
    },
  });
}
