import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

import type Database from 'better-sqlite3';

import { listSnapshots, type SnapshotOnDisk } from './list-snapshots.js';
import { SNAPSHOTS_KEPT, snapshotsToDelete } from './retention.js';
import { parseSnapshotFileName, PARTIAL_SUFFIX, snapshotFileName } from './snapshot-names.js';

// Pages copied per step of the online backup. Each step holds the event loop only while it copies
// this many pages (400 KB at the default 4 KB page), so the window stays responsive on large files.
const PAGES_PER_STEP = 100;

// A partial file this old was left by a crash mid-backup, not by a backup still running elsewhere.
const STALE_PARTIAL_MS = 60 * 60 * 1000;

export interface WriteSnapshotOptions {
  folder: string;
  /** The workbench's name, which every snapshot file starts with. */
  name: string;
  at: Date;
  keep?: number;
}

/**
 * Writes a consistent snapshot of the open workbench into `folder` and prunes old ones.
 *
 * better-sqlite3's online backup copies through this connection, so it includes changes still in
 * the write-ahead log, sees this connection's own writes made meanwhile, and restarts if another
 * connection writes. It goes to a `.partial` name first and is renamed only when complete, so a
 * crash or a full disk never leaves a half-written file that looks like a backup. The copy is
 * switched to a rollback journal so it is one self-contained file that can be opened read-only or
 * copied anywhere without `-wal`/`-shm` companions appearing beside it.
 */
export async function writeSnapshot(db: Database.Database, options: WriteSnapshotOptions): Promise<SnapshotOnDisk> {
  const { folder, name, at } = options;
  fs.mkdirSync(folder, { recursive: true });
  const fileName = freeName(folder, name, at);
  const target = path.join(folder, fileName);
  await copyWorkbench(db, target);
  const parsed = parseSnapshotFileName(name, fileName)!;
  const written: SnapshotOnDisk = { file: fileName, at: parsed.at, sequence: parsed.sequence, bytes: fs.statSync(target).size };
  pruneSnapshots(folder, name, fileName, options.keep ?? SNAPSHOTS_KEPT);
  return written;
}

export class CopyTargetExistsError extends Error {
  override readonly name = 'CopyTargetExistsError';
  constructor(readonly target: string) {
    super(`${target} already exists; a backup never replaces a file.`);
  }
}

/**
 * Copies the open workbench to `target` (whose folder must exist), by way of a `.partial` file
 * beside it. Refuses a target that exists, before copying and again before the final rename.
 */
export async function copyWorkbench(db: Database.Database, target: string): Promise<void> {
  if (fs.existsSync(target)) throw new CopyTargetExistsError(target);
  const partial = `${target}.${randomBytes(4).toString('hex')}${PARTIAL_SUFFIX}`;
  try {
    await db.backup(partial, { progress: () => PAGES_PER_STEP });
    makeSelfContained(partial);
    if (fs.existsSync(target)) throw new CopyTargetExistsError(target);
    fs.renameSync(partial, target);
  } catch (error) {
    removeQuietly(partial);
    throw error;
  }
}

function freeName(folder: string, name: string, at: Date): string {
  for (let sequence = 1; ; sequence += 1) {
    const candidate = snapshotFileName(name, at, sequence);
    if (!fs.existsSync(path.join(folder, candidate))) return candidate;
  }
}

// Offsets 18 and 19 of an SQLite file: the format write and read versions, 2 for WAL, 1 for a
// rollback journal (https://www.sqlite.org/fileformat2.html#database_header).
const FORMAT_VERSION_OFFSET = 18;
const WAL_FORMAT = 2;
const ROLLBACK_FORMAT = 1;

/**
 * The backup copies the header too, so the copy says "WAL", and opening it (even read-only) would
 * make `-wal` and `-shm` files appear beside it. Marking it as a rollback-journal file, which is all
 * `PRAGMA journal_mode = DELETE` does to a file with no log, keeps it one self-contained file. The
 * copy is complete and closed by now, and this works whatever the source connection may do, even a
 * read-only one. The file is flushed to disk before it gets its final name.
 */
function makeSelfContained(file: string): void {
  const fd = fs.openSync(file, 'r+');
  try {
    const versions = Buffer.alloc(2);
    fs.readSync(fd, versions, 0, 2, FORMAT_VERSION_OFFSET);
    if (versions[0] === WAL_FORMAT && versions[1] === WAL_FORMAT) {
      fs.writeSync(fd, Buffer.from([ROLLBACK_FORMAT, ROLLBACK_FORMAT]), 0, 2, FORMAT_VERSION_OFFSET);
    }
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/** Keeps the newest snapshots and clears what crashed backups left. Failing to prune never fails a backup. */
function pruneSnapshots(folder: string, name: string, justWritten: string, keep: number): void {
  let snapshots: SnapshotOnDisk[];
  try {
    snapshots = listSnapshots(folder, name);
  } catch {
    return;
  }
  for (const old of snapshotsToDelete(snapshots, justWritten, keep)) removeQuietly(path.join(folder, old.file));
  // File times are real times, so this compares with the real clock, never an injected one.
  removeStalePartials(folder, name, Date.now());
}

function removeStalePartials(folder: string, name: string, now: number): void {
  let names: string[];
  try {
    names = fs.readdirSync(folder);
  } catch {
    return;
  }
  for (const entry of names) {
    if (!entry.startsWith(`${name} `) || !entry.endsWith(PARTIAL_SUFFIX)) continue;
    const file = path.join(folder, entry);
    try {
      if (now - fs.statSync(file).mtimeMs > STALE_PARTIAL_MS) removeQuietly(file);
    } catch {
      // Already gone.
    }
  }
}

function removeQuietly(file: string): void {
  try {
    fs.rmSync(file, { force: true });
  } catch {
    // Nothing more can be done about a file that cannot be removed; it is not listed as a backup.
  }
}
