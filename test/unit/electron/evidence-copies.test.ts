import fs from 'node:fs';
import path from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { createEvidenceCopies, isPrivateFolder, isStaleRunFolder } from '../../../electron/evidence-copies.js';
import { makeTempDir } from '../../support/temp-dir.js';

const DAY = 24 * 60 * 60 * 1000;
const posix = process.platform !== 'win32';
let temp: ReturnType<typeof makeTempDir>;

beforeEach(() => {
  temp = makeTempDir();
});
afterEach(() => {
  fs.rmSync(temp.dir, { recursive: true, force: true });
});

function folderStats(options: { dir?: boolean; link?: boolean; uid?: number; mode?: number }) {
  return {
    isDirectory: () => options.dir ?? true,
    isSymbolicLink: () => options.link ?? false,
    uid: options.uid ?? 1000,
    mode: options.mode ?? 0o40700,
  };
}

describe('temporary copies of evidence files', () => {
  it('writes a read-only copy under the app’s evidence folder and hands back its path', () => {
    const copies = createEvidenceCopies({ tempRoot: temp.dir, markAsDownloaded: false });
    const copy = copies.write('MFA statement.pdf', Buffer.from('%PDF-1.4 statement'));
    expect(path.basename(copy)).toBe('MFA statement.pdf');
    expect(path.relative(temp.dir, copy).split(path.sep)[0]).toBe('claimtrace-evidence');
    expect(fs.readFileSync(copy, 'utf8')).toBe('%PDF-1.4 statement');
    expect(fs.statSync(copy).mode & 0o222).toBe(0);
  });

  it('keeps two files of the same name apart', () => {
    const copies = createEvidenceCopies({ tempRoot: temp.dir, markAsDownloaded: false });
    const first = copies.write('scan.png', Buffer.from('first'));
    const second = copies.write('scan.png', Buffer.from('second'));
    expect(first).not.toBe(second);
    expect(fs.readFileSync(first, 'utf8')).toBe('first');
    expect(fs.readFileSync(second, 'utf8')).toBe('second');
  });

  it('removes every copy on quit and can start again afterwards', () => {
    const copies = createEvidenceCopies({ tempRoot: temp.dir, markAsDownloaded: false });
    const copy = copies.write('a.txt', Buffer.from('a'));
    copies.remove();
    expect(fs.existsSync(copy)).toBe(false);
    expect(fs.readdirSync(temp.file('claimtrace-evidence'))).toEqual([]);
    expect(fs.existsSync(copies.write('b.txt', Buffer.from('b')))).toBe(true);
    copies.remove();
  });

  it('marks copies as downloaded from the internet when asked (Windows)', () => {
    const copies = createEvidenceCopies({ tempRoot: temp.dir, markAsDownloaded: true });
    const copy = copies.write('leak.docx', Buffer.from('PK'));
    expect(fs.readFileSync(`${copy}:Zone.Identifier`, 'utf8')).toContain('ZoneId=3');
  });

  it('clears copies a crashed run left behind, but not recent ones', () => {
    const shared = temp.file('claimtrace-evidence');
    fs.mkdirSync(path.join(shared, 'run-old', 'open-1'), { recursive: true, mode: 0o700 });
    fs.chmodSync(shared, 0o700);
    fs.mkdirSync(path.join(shared, 'run-recent'));
    const now = Date.now();
    fs.utimesSync(path.join(shared, 'run-old'), new Date(now - 2 * DAY), new Date(now - 2 * DAY));
    const copies = createEvidenceCopies({ tempRoot: temp.dir, markAsDownloaded: false, now: () => now });
    copies.write('x.txt', Buffer.from('x'));
    const runs = fs.readdirSync(shared);
    expect(runs).not.toContain('run-old');
    expect(runs).toContain('run-recent');
    expect(runs).toHaveLength(2);
  });

  it.runIf(posix)('never writes through a folder someone else planted under that name', () => {
    const elsewhere = temp.file('attacker');
    fs.mkdirSync(elsewhere);
    fs.symlinkSync(elsewhere, temp.file('claimtrace-evidence'));
    const copies = createEvidenceCopies({ tempRoot: temp.dir, markAsDownloaded: false });
    const copy = copies.write('scan.pdf', Buffer.from('%PDF'));
    expect(fs.readdirSync(elsewhere)).toEqual([]);
    expect(fs.realpathSync(copy).startsWith(fs.realpathSync(elsewhere))).toBe(false);
    expect(path.relative(temp.dir, copy).split(path.sep)[0]).toMatch(/^claimtrace-evidence-/);
    copies.remove();
    expect(fs.existsSync(copy)).toBe(false);
  });

  it('trusts only a real folder of its own that nobody else can write to', () => {
    expect(isPrivateFolder(folderStats({}), 1000)).toBe(true);
    expect(isPrivateFolder(folderStats({ link: true }), 1000)).toBe(false);
    expect(isPrivateFolder(folderStats({ dir: false }), 1000)).toBe(false);
    expect(isPrivateFolder(folderStats({ uid: 1001 }), 1000)).toBe(false);
    expect(isPrivateFolder(folderStats({ mode: 0o40777 }), 1000)).toBe(false);
    expect(isPrivateFolder(folderStats({ mode: 0o40770 }), 1000)).toBe(false);
    expect(isPrivateFolder(folderStats({ uid: 0 }), null)).toBe(true);
  });

  it('counts a run folder as stale after a day', () => {
    const now = Date.now();
    expect(isStaleRunFolder('run-abc123', now - 2 * DAY, now)).toBe(true);
    expect(isStaleRunFolder('run-abc123', now - 60_000, now)).toBe(false);
    expect(isStaleRunFolder('notes', now - 9 * DAY, now)).toBe(false);
  });
});
