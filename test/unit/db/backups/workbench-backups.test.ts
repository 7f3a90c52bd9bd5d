import fs from 'node:fs';
import path from 'node:path';

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import type { AppEvent } from '../../../../core/api/index.js';
import type { BackupEntry, BackupList } from '../../../../core/api/workbench.js';
import { CHECK_EVERY_MS, FIRST_CHECK_AFTER_MS, withBackups } from '../../../../db/backups/automatic-backups.js';
import { backupFolderFor } from '../../../../db/backups/snapshot-names.js';
import { createWorkbenchBackups } from '../../../../db/backups/workbench-backups.js';
import { openWorkbench, type Workbench } from '../../../../db/workbench.js';
import { makeTempDir } from '../../../support/temp-dir.js';
import { addClaim, addClaims, apiFor } from './support.js';

const HOUR = 60 * 60 * 1000;

let temp: ReturnType<typeof makeTempDir>;
let opened: Workbench[];

beforeEach(() => {
  temp = makeTempDir();
  opened = [];
});

afterEach(() => {
  vi.useRealTimers();
  for (const workbench of opened) workbench.close();
  temp.remove();
});

function open(name = 'Desk', options: { readonly?: boolean } = {}): Workbench {
  const file = temp.file(`${name}.claimtrace`);
  if (options.readonly) openWorkbench(file, { create: true }).close();
  const workbench = openWorkbench(file, { create: !options.readonly, readonly: options.readonly });
  opened.push(workbench);
  return workbench;
}

/** A clock the test moves by hand, starting at the real time so history rows compare with it. */
function manualClock() {
  let current = Date.now();
  return { now: () => new Date(current), advance: (ms: number) => (current += ms) };
}

describe('workbench.backups and workbench.backupNow', () => {
  it('back up on request, list the new snapshot newest first and tell the window', async () => {
    const workbench = open();
    const events: AppEvent[] = [];
    const { call } = apiFor(workbench, { events });
    await addClaims(call);

    const empty = await call<BackupList>('workbench.backups');
    expect(empty).toEqual({ folder: backupFolderFor(workbench.path), backups: [], lastError: null });

    const first = await call<BackupEntry>('workbench.backupNow');
    const second = await call<BackupEntry>('workbench.backupNow');
    const list = await call<BackupList>('workbench.backups');
    expect(list.backups).toEqual([second, first]);
    expect(first.bytes).toBeGreaterThan(0);
    expect(fs.existsSync(path.join(list.folder, first.file))).toBe(true);
    expect(events.filter((event) => event.type === 'backups.changed')).toHaveLength(2);
  });

  it('explain a failure, remember it until a backup succeeds, and keep answering', async () => {
    const workbench = open();
    const events: AppEvent[] = [];
    const { dispatch, call } = apiFor(workbench, { events });
    const folder = backupFolderFor(workbench.path);
    fs.writeFileSync(folder, 'in the way');

    const failed = await dispatch('workbench.backupNow', {});
    expect(failed).toEqual({
      ok: false,
      error: { code: 'conflict', message: `Could not write a backup in "${folder}": a file with the backup folder’s name is in the way.` },
    });
    expect((await call<BackupList>('workbench.backups')).lastError).toContain('is in the way');
    expect(events).toContainEqual({ type: 'backups.changed' });
    // The workbench itself is unharmed and still answers.
    expect((await call('workbench.info')).name).toBe('Desk');

    fs.rmSync(folder);
    await call<BackupEntry>('workbench.backupNow');
    expect((await call<BackupList>('workbench.backups')).lastError).toBeNull();
  });

  it('never write two snapshots at once: a second request waits for the first', async () => {
    const workbench = open();
    const { call } = apiFor(workbench);
    await addClaims(call);
    const original = workbench.db.backup.bind(workbench.db);
    let running = 0;
    let most = 0;
    vi.spyOn(workbench.db, 'backup').mockImplementation(async (...args) => {
      running += 1;
      most = Math.max(most, running);
      try {
        return await original(...args);
      } finally {
        running -= 1;
      }
    });
    const entries = await Promise.all([call<BackupEntry>('workbench.backupNow'), call<BackupEntry>('workbench.backupNow')]);
    expect(new Set(entries.map((entry) => entry.file)).size).toBe(2);
    expect(most).toBe(1);
  });
});

describe('automatic snapshots', () => {
  it('take one when there is none yet and the workbench holds work, then wait 24 hours', async () => {
    const workbench = open();
    const clock = manualClock();
    const backups = createWorkbenchBackups(workbench, { now: clock.now });
    const { call } = apiFor(workbench, { backups });
    const documentId = await addClaims(call);

    const first = await backups.backUpIfDue();
    expect(first).not.toBeNull();

    await addClaim(call, documentId);
    clock.advance(23 * HOUR);
    expect(await backups.backUpIfDue()).toBeNull();
    clock.advance(1 * HOUR);
    const second = await backups.backUpIfDue();
    expect(second?.at).toBe(new Date(Math.floor(clock.now().getTime() / 1000) * 1000).toISOString());
    expect(backups.list().backups).toHaveLength(2);
  });

  it('skip a workbench that has not changed since its newest snapshot, however old', async () => {
    const workbench = open();
    const clock = manualClock();
    const backups = createWorkbenchBackups(workbench, { now: clock.now });
    const { call } = apiFor(workbench, { backups });
    await addClaims(call);
    await backups.backUpNow();

    clock.advance(30 * 24 * HOUR);
    expect(await backups.backUpIfDue()).toBeNull();
    await call('settings.update', { reviewerName: 'Dana Levin' });
    expect(await backups.backUpIfDue()).not.toBeNull();
  });

  it('skip a brand-new workbench with nothing in it', async () => {
    const backups = createWorkbenchBackups(open(), { now: manualClock().now });
    expect(await backups.backUpIfDue()).toBeNull();
    expect(fs.existsSync(backups.folder)).toBe(false);
  });

  it('judge a snapshot from an earlier session by the changes the workbench records', async () => {
    // The history records real times, so here the real clock is the one that moves.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2024-05-10T08:00:00Z'));
    const earlier = open('Kept');
    const earlierBackups = createWorkbenchBackups(earlier);
    const documentId = await addClaims(apiFor(earlier, { backups: earlierBackups }).call);
    vi.setSystemTime(new Date('2024-05-10T09:00:00Z'));
    await earlierBackups.backUpNow();
    earlier.close();
    opened.pop();

    vi.setSystemTime(new Date('2024-05-12T09:00:00Z'));
    const unchanged = openWorkbench(temp.file('Kept.claimtrace'));
    expect(await createWorkbenchBackups(unchanged).backUpIfDue()).toBeNull();
    unchanged.close();

    // Work done in a session that took no snapshot (or by the command line) shows in the history.
    const worked = openWorkbench(temp.file('Kept.claimtrace'));
    await addClaim(apiFor(worked).call, documentId);
    worked.close();
    vi.setSystemTime(new Date('2024-05-12T10:00:00Z'));
    const reopened = openWorkbench(temp.file('Kept.claimtrace'));
    opened.push(reopened);
    const taken = await createWorkbenchBackups(reopened).backUpIfDue();
    expect(taken?.file).toBe('Kept 2024-05-12 100000.claimtrace');
  });

  it('run on the host’s schedule, report a failure without throwing, and succeed at the next check', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const events: AppEvent[] = [];
    const clock = manualClock();
    const workbench = withBackups(open(), { emit: (event) => events.push(event), now: clock.now });
    await addClaims(apiFor(workbench, { backups: workbench.backups }).call);
    const folder = workbench.backups.folder;
    fs.writeFileSync(folder, 'in the way');

    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    try {
      await vi.advanceTimersByTimeAsync(FIRST_CHECK_AFTER_MS);
      await vi.waitFor(() => expect(workbench.backups.lastError()).toContain('is in the way'));
      expect(events).toContainEqual({ type: 'backups.changed' });

      fs.rmSync(folder);
      await vi.advanceTimersByTimeAsync(CHECK_EVERY_MS);
      await vi.waitFor(() => expect(workbench.backups.list().backups).toHaveLength(1));
      expect(workbench.backups.lastError()).toBeNull();
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
    expect(unhandled).toEqual([]);
  });

  it('never happen for a workbench opened read-only', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const seed = open('Shared');
    await addClaims(apiFor(seed).call);
    seed.close();
    opened.splice(opened.indexOf(seed), 1);

    const events: AppEvent[] = [];
    const workbench = withBackups(open('Shared', { readonly: true }), { emit: (event) => events.push(event) });
    await vi.advanceTimersByTimeAsync(FIRST_CHECK_AFTER_MS + 48 * CHECK_EVERY_MS);
    expect(fs.existsSync(workbench.backups.folder)).toBe(false);
    expect(events).toEqual([]);
  });

  it('stop when the workbench closes', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const workbench = withBackups(open(), { emit: () => {} });
    await addClaims(apiFor(workbench, { backups: workbench.backups }).call);
    workbench.close();
    opened.pop();
    expect(vi.getTimerCount()).toBe(0);
    await vi.advanceTimersByTimeAsync(FIRST_CHECK_AFTER_MS);
    expect(fs.existsSync(workbench.backups.folder)).toBe(false);
  });
});
