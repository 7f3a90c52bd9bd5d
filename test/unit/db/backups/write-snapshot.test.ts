import fs from 'node:fs';
import path from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { listSnapshots } from '../../../../db/backups/list-snapshots.js';
import { backupFolderFor, snapshotFileName } from '../../../../db/backups/snapshot-names.js';
import { writeSnapshot } from '../../../../db/backups/write-snapshot.js';
import { openWorkbench, type Workbench } from '../../../../db/workbench.js';
import { makeTempDir } from '../../../support/temp-dir.js';
import { addClaims, apiFor, CLAIM_QUOTES, claimQuotes } from './support.js';

let temp: ReturnType<typeof makeTempDir>;
let workbench: Workbench;
let folder: string;

beforeEach(() => {
  temp = makeTempDir();
  workbench = openWorkbench(temp.file('Idlib desk.claimtrace'), { create: true });
  folder = backupFolderFor(workbench.path);
});

afterEach(() => {
  workbench.close();
  temp.remove();
});

describe('a snapshot', () => {
  it('is a workbench that opens and holds the same claims, including ones still in the write-ahead log', async () => {
    const { call } = apiFor(workbench);
    // Nothing is copied into the main file until the app closes: the newest claim lives only in the log.
    workbench.db.pragma('wal_autocheckpoint = 0');
    workbench.db.pragma('wal_checkpoint(TRUNCATE)');
    await addClaims(call);
    expect(fs.statSync(`${workbench.path}-wal`).size).toBeGreaterThan(0);

    const written = await writeSnapshot(workbench.db, { folder, name: workbench.name, at: new Date('2024-05-10T08:30:00Z') });
    expect(written.file).toBe('Idlib desk 2024-05-10 083000.claimtrace');
    expect(fs.readdirSync(temp.dir).sort()).toContain('Idlib desk.claimtrace-backups');

    const copy = openWorkbench(path.join(folder, written.file), { readonly: true });
    try {
      expect(claimQuotes(copy)).toEqual([...CLAIM_QUOTES].sort());
      expect(copy.db.pragma('integrity_check', { simple: true })).toBe('ok');
    } finally {
      copy.close();
    }
    // One self-contained file: opening it made no -wal or -shm appear, and no partial file is left.
    expect(fs.readdirSync(folder)).toEqual([written.file]);
    expect(written.bytes).toBe(fs.statSync(path.join(folder, written.file)).size);
  });

  it('keeps the newest ten snapshots and the one just written', async () => {
    fs.mkdirSync(folder);
    for (let day = 1; day <= 10; day += 1) {
      const name = snapshotFileName(workbench.name, new Date(Date.UTC(2024, 0, day)));
      fs.copyFileSync(workbench.path, path.join(folder, name));
    }
    fs.writeFileSync(path.join(folder, 'notes.txt'), 'my own file, not a snapshot');

    const written = await writeSnapshot(workbench.db, { folder, name: workbench.name, at: new Date(Date.UTC(2024, 0, 20)) });
    const kept = listSnapshots(folder, workbench.name);
    expect(kept).toHaveLength(10);
    expect(kept[0]!.file).toBe(written.file);
    expect(kept.at(-1)!.at).toBe('2024-01-02T00:00:00.000Z');
    expect(fs.existsSync(path.join(folder, 'notes.txt'))).toBe(true);

    // A clock set back a month: the new snapshot sorts oldest, yet it is the one that stays.
    const setBack = await writeSnapshot(workbench.db, { folder, name: workbench.name, at: new Date(Date.UTC(2023, 11, 1)) });
    const after = listSnapshots(folder, workbench.name).map((s) => s.file);
    expect(after).toHaveLength(10);
    expect(after).toContain(setBack.file);
    expect(after).toContain(written.file);
  });

  it('takes two snapshots in the same second under two names', async () => {
    const at = new Date('2024-05-10T08:30:00Z');
    const first = await writeSnapshot(workbench.db, { folder, name: workbench.name, at });
    const second = await writeSnapshot(workbench.db, { folder, name: workbench.name, at });
    expect([first.file, second.file]).toEqual(['Idlib desk 2024-05-10 083000.claimtrace', 'Idlib desk 2024-05-10 083000 2.claimtrace']);
    expect(listSnapshots(folder, workbench.name).map((s) => s.file)).toEqual([second.file, first.file]);
  });

  it('leaves nothing that looks like a backup when it cannot be written', async () => {
    fs.writeFileSync(folder, 'a file where the folder should be');
    await expect(writeSnapshot(workbench.db, { folder, name: workbench.name, at: new Date() })).rejects.toThrow();
    expect(fs.readFileSync(folder, 'utf8')).toBe('a file where the folder should be');
    expect(fs.readdirSync(temp.dir).filter((name) => name.includes('.partial'))).toEqual([]);
  });
});
