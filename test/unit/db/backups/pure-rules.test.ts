import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { isSnapshotDue } from '../../../../db/backups/backup-policy.js';
import { describeBackupFailure } from '../../../../db/backups/describe-failure.js';
import { newestFirst, snapshotsToDelete } from '../../../../db/backups/retention.js';
import { backupFolderFor, parseSnapshotFileName, snapshotFileName } from '../../../../db/backups/snapshot-names.js';

const at = (iso: string) => new Date(iso);

describe('snapshot names', () => {
  it('puts the folder beside the workbench, named after it without the extension', () => {
    expect(backupFolderFor(path.join('/cases', 'Idlib.claimtrace'))).toBe(path.join('/cases', 'Idlib.claimtrace-backups'));
  });

  it('names a snapshot after the workbench and the UTC time, with no character Windows refuses', () => {
    const name = snapshotFileName('Idlib desk', at('2024-03-05T07:08:09.999+02:00'));
    expect(name).toBe('Idlib desk 2024-03-05 050809.claimtrace');
    expect(name).not.toMatch(/[<>:"/\\|?*]/);
  });

  it('reads the time back from a name it wrote, and a second snapshot in the same second too', () => {
    expect(parseSnapshotFileName('Idlib', 'Idlib 2024-03-05 050809.claimtrace')).toEqual({ at: '2024-03-05T05:08:09.000Z', sequence: 1 });
    expect(parseSnapshotFileName('Idlib', snapshotFileName('Idlib', at('2024-03-05T05:08:09Z'), 2))).toEqual({
      at: '2024-03-05T05:08:09.000Z',
      sequence: 2,
    });
  });

  it('ignores other workbenches’ snapshots, partial files and impossible dates', () => {
    expect(parseSnapshotFileName('Idlib', 'Idlib-old 2024-03-05 050809.claimtrace')).toBeNull();
    expect(parseSnapshotFileName('Idlib', 'Idlib 2024-03-05 050809.claimtrace.1a2b3c4d.partial')).toBeNull();
    expect(parseSnapshotFileName('Idlib', 'Idlib 2024-02-30 050809.claimtrace')).toBeNull();
    expect(parseSnapshotFileName('Idlib', 'Idlib.claimtrace')).toBeNull();
  });
});

function snapshot(iso: string, sequence = 1) {
  return { file: `W ${iso}${sequence > 1 ? ` ${sequence}` : ''}`, at: iso, sequence };
}

describe('retention', () => {
  const twelve = Array.from({ length: 12 }, (_, day) => snapshot(`2024-01-${String(day + 1).padStart(2, '0')}T00:00:00.000Z`));

  it('keeps the newest ten and deletes the two oldest', () => {
    const doomed = snapshotsToDelete(twelve, twelve[11]!.file);
    expect(doomed.map((s) => s.at)).toEqual(['2024-01-02T00:00:00.000Z', '2024-01-01T00:00:00.000Z']);
  });

  it('never deletes the snapshot just written, even when a clock set back made it the oldest', () => {
    const doomed = snapshotsToDelete(twelve, twelve[0]!.file);
    expect(doomed.map((s) => s.file)).not.toContain(twelve[0]!.file);
    expect(twelve.length - doomed.length).toBe(10);
  });

  it('deletes nothing while there are ten or fewer', () => {
    expect(snapshotsToDelete(twelve.slice(0, 10), null)).toEqual([]);
  });

  it('orders two snapshots of the same second by their sequence', () => {
    const same = [snapshot('2024-01-01T00:00:00.000Z'), snapshot('2024-01-01T00:00:00.000Z', 2)];
    expect(newestFirst(same).map((s) => s.sequence)).toEqual([2, 1]);
  });
});

describe('when an automatic snapshot is due', () => {
  const now = at('2024-05-10T12:00:00Z');

  it('is due with no snapshot yet, if there is work in the workbench', () => {
    expect(isSnapshotDue({ newestAt: null, now, changedSinceNewest: true })).toBe(true);
    expect(isSnapshotDue({ newestAt: null, now, changedSinceNewest: false })).toBe(false);
  });

  it('waits until the newest snapshot is 24 hours old', () => {
    expect(isSnapshotDue({ newestAt: '2024-05-09T12:00:01.000Z', now, changedSinceNewest: true })).toBe(false);
    expect(isSnapshotDue({ newestAt: '2024-05-09T12:00:00.000Z', now, changedSinceNewest: true })).toBe(true);
  });

  it('never copies a workbench that has not changed since its newest snapshot', () => {
    expect(isSnapshotDue({ newestAt: '2024-04-01T00:00:00.000Z', now, changedSinceNewest: false })).toBe(false);
  });

  it('does not trust a snapshot dated in the future', () => {
    expect(isSnapshotDue({ newestAt: '2024-06-01T00:00:00.000Z', now, changedSinceNewest: true })).toBe(true);
  });
});

describe('backup failure messages', () => {
  it('names the folder and says what to do about a full disk or a permission problem', () => {
    const full = describeBackupFailure(
      Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' }),
      '/cases/W.claimtrace-backups',
    );
    expect(full).toBe('Could not write a backup in "/cases/W.claimtrace-backups": the disk is full. Free some space and back up again.');
    const denied = describeBackupFailure(Object.assign(new Error('EACCES: open'), { code: 'EACCES' }), '/x');
    expect(denied).toContain('permission denied');
    const io = describeBackupFailure(Object.assign(new Error('disk I/O error'), { code: 'SQLITE_IOERR_WRITE' }), '/x');
    expect(io).toContain('the disk reported an error');
  });
});
