import fs from 'node:fs';

import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { checkWorkbench } from '../../../db/check.js';
import { now } from '../../../db/ids.js';
import { APP_SCHEMA_VERSION } from '../../../db/migrations/index.js';
import { openWorkbench } from '../../../db/workbench.js';
import { makeTempDir } from '../../support/temp-dir.js';
import { damageTablePage } from './support/damage.js';
import { journalFilesBeside, sha256 } from './support/files.js';
import { addClaim, addDocument, addHistory } from './support/rows.js';

let temp: ReturnType<typeof makeTempDir>;
let file: string;

beforeEach(() => {
  temp = makeTempDir();
  file = temp.file('checked.claimtrace');
  const workbench = openWorkbench(file, { create: true });
  for (let index = 0; index < 40; index += 1) {
    const documentId = addDocument(workbench.db, { text: `Line ${index}. `.repeat(200) });
    const claimId = addClaim(workbench.db, documentId);
    addHistory(workbench.db, claimId, 'status', '"unreviewed"', '"done"');
  }
  addDocument(workbench.db, { deletedAt: now() });
  workbench.close();
});

afterEach(() => temp.remove());

describe('checking a workbench', () => {
  it('reports versions, stored rows and a clean bill of health', () => {
    const report = checkWorkbench(file);
    expect(report).toMatchObject({
      schemaVersion: APP_SCHEMA_VERSION,
      appSchemaVersion: APP_SCHEMA_VERSION,
      integrity: ['ok'],
      ok: true,
    });
    expect(report.counts).toMatchObject({ documents: 41, claims: 40, history: 40, evidence: 0 });
    expect(report.counts.sources).toBeGreaterThanOrEqual(5);
  });

  it('changes nothing and leaves no journal files', () => {
    const before = sha256(file);
    checkWorkbench(file);
    expect(sha256(file)).toBe(before);
    expect(journalFilesBeside(file)).toEqual([]);
  });

  it('reports damage instead of refusing, so the user learns what is wrong', () => {
    damageTablePage(file, 'documents');
    const before = sha256(file);
    const report = checkWorkbench(file);
    expect(report.ok).toBe(false);
    expect(report.integrity).not.toContain('ok');
    expect(report.integrity.some((problem) => /page \d+/.test(problem))).toBe(true);
    expect(sha256(file)).toBe(before);
    expect(journalFilesBeside(file)).toEqual([]);
  });

  it('refuses a file stamped as a workbench that has tables but no schema version', () => {
    const db = new Database(file);
    db.pragma('user_version = 0');
    db.close();
    const before = sha256(file);
    // Version 0 with tables in it is something this app never wrote.
    expect(() => checkWorkbench(file)).toThrow(expect.objectContaining({ code: 'not_a_workbench' }));
    expect(sha256(file)).toBe(before);
  });

  it('refuses files that are not workbenches, newer workbenches and missing files', () => {
    const text = temp.file('notes.txt');
    fs.writeFileSync(text, 'Plain notes.');
    expect(() => checkWorkbench(text)).toThrow(expect.objectContaining({ code: 'not_a_workbench' }));

    const db = new Database(file);
    db.pragma('user_version = 999');
    db.close();
    expect(() => checkWorkbench(file)).toThrow(expect.objectContaining({ code: 'newer_version' }));

    expect(() => checkWorkbench(temp.file('gone.claimtrace'))).toThrow(expect.objectContaining({ code: 'not_found' }));
  });
});
