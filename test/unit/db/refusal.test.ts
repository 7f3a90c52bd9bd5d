import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { APP_SCHEMA_VERSION } from '../../../db/migrations/index.js';
import { openWorkbench, WorkbenchOpenError, type WorkbenchOpenErrorCode } from '../../../db/workbench.js';
import { makeTempDir } from '../../support/temp-dir.js';
import { damageTablePage } from './support/damage.js';
import { journalFilesBeside, sha256 } from './support/files.js';
import { addDocument } from './support/rows.js';

let temp: ReturnType<typeof makeTempDir>;

beforeEach(() => {
  temp = makeTempDir();
});

afterEach(() => temp.remove());

function createWorkbench(name: string, documents = 0): string {
  const file = temp.file(name);
  const workbench = openWorkbench(file, { create: true });
  for (let index = 0; index < documents; index += 1) {
    addDocument(workbench.db, { title: `Report ${index}`, text: `Paragraph ${index}. `.repeat(150) });
  }
  workbench.close();
  return file;
}

/** Opens the file, expects a refusal with `code`, and checks the file was not touched. */
function expectRefused(file: string, code: WorkbenchOpenErrorCode): WorkbenchOpenError {
  const before = sha256(file);
  const beside = journalFilesBeside(file);
  let caught: unknown;
  try {
    openWorkbench(file, { create: true }).close();
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(WorkbenchOpenError);
  const error = caught as WorkbenchOpenError;
  expect(error.code).toBe(code);
  expect(error.message).toContain(path.resolve(file));
  expect(error.message.trim().split(/(?<=[.!?])\s+(?=[A-Z])/)).toHaveLength(1);
  expect(sha256(file)).toBe(before);
  expect(journalFilesBeside(file)).toEqual(beside);
  return error;
}

describe('files that are not workbenches', () => {
  it('refuses random bytes', () => {
    const file = temp.file('noise.claimtrace');
    fs.writeFileSync(file, randomBytes(8192));
    expectRefused(file, 'not_a_workbench');
  });

  it('refuses a text file, saying it is not a database', () => {
    const file = temp.file('article.txt');
    fs.writeFileSync(file, 'Militants refuse Idlib deal, Fars News Agency said, citing Arab sources.\n'.repeat(40));
    expect(expectRefused(file, 'not_a_workbench').message).toMatch(/not a database file/);
  });

  it('refuses a file that only starts like SQLite', () => {
    const file = temp.file('stub.claimtrace');
    fs.writeFileSync(file, 'SQLite format 3\0 and then nothing useful');
    expectRefused(file, 'not_a_workbench');
  });

  it("refuses another application's database", () => {
    const file = temp.file('mail.sqlite');
    const other = new Database(file);
    other.exec(`CREATE TABLE messages (id INTEGER PRIMARY KEY, subject TEXT); INSERT INTO messages (subject) VALUES ('hi');`);
    other.close();
    expect(expectRefused(file, 'not_a_workbench').message).toMatch(/another application/);
  });

  it("refuses another application's WAL database without leaving journal files", () => {
    const file = temp.file('photos.db');
    const other = new Database(file);
    other.pragma('journal_mode = WAL');
    other.pragma('application_id = 1234');
    other.exec('CREATE TABLE photos (id INTEGER PRIMARY KEY)');
    other.close();
    expectRefused(file, 'not_a_workbench');
  });

  it("refuses another application's database while that application has it open", () => {
    const file = temp.file('busy.db');
    const other = new Database(file);
    other.pragma('journal_mode = WAL');
    other.exec('CREATE TABLE notes (body TEXT)');
    other.prepare('INSERT INTO notes VALUES (?)').run('still in the log');
    expect(journalFilesBeside(file)).toContain('busy.db-wal');
    expectRefused(file, 'not_a_workbench');
    other.close();
  });

  it('refuses a folder', () => {
    const folder = temp.file('folder.claimtrace');
    fs.mkdirSync(folder);
    expect(() => openWorkbench(folder, { create: true })).toThrow(expect.objectContaining({ code: 'not_a_workbench' }));
  });
});

describe('workbenches this app cannot safely open', () => {
  it('refuses a workbench from a newer version and leaves it byte-identical', () => {
    const file = createWorkbench('future.claimtrace', 3);
    const bump = new Database(file);
    bump.pragma('user_version = 999');
    bump.close();
    const error = expectRefused(file, 'newer_version');
    expect(error.message).toContain('999');
    expect(error.message).toContain(`up to ${APP_SCHEMA_VERSION}`);
  });

  it('refuses a newer version recorded only in the write-ahead log', () => {
    const file = createWorkbench('future-wal.claimtrace');
    const writer = new Database(file);
    writer.pragma('wal_autocheckpoint = 0');
    writer.pragma('user_version = 999');
    expectRefused(file, 'newer_version');
    writer.close();
  });

  it('refuses a truncated workbench', () => {
    const file = createWorkbench('truncated.claimtrace', 60);
    const bytes = fs.readFileSync(file);
    fs.writeFileSync(file, bytes.subarray(0, Math.floor(bytes.length / 2)));
    expectRefused(file, 'corrupt');
  });

  it('refuses a workbench with damaged pages', () => {
    const file = createWorkbench('damaged.claimtrace', 60);
    damageTablePage(file, 'documents');
    expect(expectRefused(file, 'corrupt').message).toMatch(/damaged/);
  });

  it('says so when the file is missing and creating was not asked for', () => {
    const file = temp.file('missing.claimtrace');
    expect(() => openWorkbench(file)).toThrow(expect.objectContaining({ code: 'not_found' }));
    expect(fs.existsSync(file)).toBe(false);
  });

  it('says so when the folder for a new workbench does not exist', () => {
    const file = temp.file(path.join('no-such-folder', 'new.claimtrace'));
    expect(() => openWorkbench(file, { create: true })).toThrow(expect.objectContaining({ code: 'not_found' }));
  });
});

describe('files that may become workbenches', () => {
  it('sets up an empty file', () => {
    const file = temp.file('empty.claimtrace');
    fs.writeFileSync(file, '');
    const workbench = openWorkbench(file);
    expect(workbench.schemaVersion).toBe(APP_SCHEMA_VERSION);
    workbench.close();
  });

  it('sets up an SQLite file that has nothing in it', () => {
    const file = temp.file('blank.claimtrace');
    const blank = new Database(file);
    blank.pragma('user_version = 0');
    blank.exec('VACUUM');
    blank.close();
    const workbench = openWorkbench(file);
    expect(workbench.schemaVersion).toBe(APP_SCHEMA_VERSION);
    workbench.close();
  });
});

describe('opening read-only', () => {
  it('reads a workbench without changing it or leaving journal files', () => {
    const file = createWorkbench('archive.claimtrace', 2);
    const before = sha256(file);
    const workbench = openWorkbench(file, { readonly: true });
    expect(workbench.db.prepare('SELECT count(*) AS n FROM documents').get()).toEqual({ n: 2 });
    expect(() => addDocument(workbench.db)).toThrow();
    workbench.close();
    expect(sha256(file)).toBe(before);
    expect(journalFilesBeside(file)).toEqual([]);
  });
});
