// Evidence files live inside the workbench; the system viewer needs a real file, so each one
// opened gets a temporary copy that is removed when the app quits.
import fs from 'node:fs';
import path from 'node:path';

export const EVIDENCE_FOLDER_NAME = 'claimtrace-evidence';
const RUN_PREFIX = 'run-';
/** Copies left behind by a crash, or held open by a viewer at quit, are removed a day later. */
const STALE_AFTER_MS = 24 * 60 * 60 * 1000;
/** Windows' mark of a file from the internet: Office and PDF readers then open it in Protected View. */
const DOWNLOADED_ZONE = '[ZoneTransfer]\r\nZoneId=3\r\n';

export interface EvidenceCopies {
  /** Writes a read-only copy named `name` (already made safe) and returns its path. */
  write(name: string, bytes: Uint8Array): string;
  /** Removes every copy made since the app started. */
  remove(): void;
}

export interface EvidenceCopiesOptions {
  /** The system's temporary folder (app.getPath('temp')). */
  tempRoot: string;
  /** Windows only: tag each copy as downloaded, which is what it usually was. */
  markAsDownloaded: boolean;
  now?: () => number;
}

interface FolderStats {
  isDirectory(): boolean;
  isSymbolicLink(): boolean;
  uid: number;
  mode: number;
}

/**
 * Whether a folder in a shared temporary directory can be trusted with copies: a real folder (not
 * a link someone planted), owned by this user and writable by no one else, so nobody can swap a
 * copy for another file between writing it and the viewer opening it. `uid` is null on Windows,
 * whose temporary folder is already per user.
 */
export function isPrivateFolder(stats: FolderStats, uid: number | null): boolean {
  if (stats.isSymbolicLink() || !stats.isDirectory()) return false;
  return uid === null || (stats.uid === uid && (stats.mode & 0o022) === 0);
}

export function isStaleRunFolder(name: string, modifiedMs: number, nowMs: number): boolean {
  return name.startsWith(RUN_PREFIX) && nowMs - modifiedMs > STALE_AFTER_MS;
}

export function createEvidenceCopies(options: EvidenceCopiesOptions): EvidenceCopies {
  const now = options.now ?? Date.now;
  let runFolder: string | null = null;

  function currentRunFolder(): string {
    // Made on first use, and again if a temp cleaner removed it while the app was running.
    if (runFolder === null || !fs.existsSync(runFolder)) runFolder = makeRunFolder(options.tempRoot, now());
    return runFolder;
  }

  return {
    write(name, bytes) {
      const folder = fs.mkdtempSync(path.join(currentRunFolder(), 'open-'));
      const file = path.join(folder, name);
      fs.writeFileSync(file, bytes, { flag: 'wx', mode: 0o600 });
      if (options.markAsDownloaded) {
        try {
          fs.writeFileSync(`${file}:Zone.Identifier`, DOWNLOADED_ZONE);
        } catch {
          // FAT and network drives have no alternate streams; the copy is still worth opening.
        }
      }
      // Read-only, because edits made in the viewer would vanish with the copy at quit.
      fs.chmodSync(file, 0o400);
      return file;
    },
    remove() {
      if (runFolder === null) return;
      try {
        fs.rmSync(runFolder, { recursive: true, force: true });
      } catch (error) {
        console.error('[claimtrace] could not remove the temporary evidence copies:', error);
      }
      runFolder = null;
    },
  };
}

function makeRunFolder(tempRoot: string, nowMs: number): string {
  const shared = path.join(tempRoot, EVIDENCE_FOLDER_NAME);
  try {
    fs.mkdirSync(shared, { recursive: true, mode: 0o700 });
    if (isPrivateFolder(fs.lstatSync(shared), process.getuid?.() ?? null)) {
      removeStaleRuns(shared, nowMs);
      return fs.mkdtempSync(path.join(shared, RUN_PREFIX));
    }
  } catch {
    // Fall through to a folder of our own.
  }
  // Another user's folder of that name (or a planted link) is never used: a fresh private one is.
  return fs.mkdtempSync(path.join(tempRoot, `${EVIDENCE_FOLDER_NAME}-`));
}

function removeStaleRuns(folder: string, nowMs: number): void {
  for (const entry of fs.readdirSync(folder)) {
    const full = path.join(folder, entry);
    try {
      if (isStaleRunFolder(entry, fs.lstatSync(full).mtimeMs, nowMs)) fs.rmSync(full, { recursive: true, force: true });
    } catch {
      // A copy still held open by a viewer is left for a later run.
    }
  }
}
