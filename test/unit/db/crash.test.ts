import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { APP_SCHEMA_VERSION } from '../../../db/migrations/index.js';
import { openWorkbench } from '../../../db/workbench.js';
import { makeTempDir } from '../../support/temp-dir.js';
import { addDocument } from './support/rows.js';

let temp: ReturnType<typeof makeTempDir>;

beforeEach(() => {
  temp = makeTempDir();
});

afterEach(() => temp.remove());

/** Runs a support script on the file, waits for its first line of output, then kills it without warning. */
async function killAfterFirstLine(scriptName: string, file: string): Promise<string> {
  const script = path.join(__dirname, 'support', scriptName);
  const child = spawn(process.execPath, ['--import', 'tsx', script, file], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
  const ready = await new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      if (stdout.includes('\n')) resolve(stdout.trim());
    });
    child.on('exit', () => reject(new Error(`writer exited early: ${stderr}`)));
  });
  child.kill('SIGKILL');
  expect(await exited).toBe('SIGKILL');
  return ready;
}

describe('a crash in the middle of a write', () => {
  it('leaves the workbench openable with every committed change and none of the uncommitted ones', async () => {
    const file = temp.file('crash.claimtrace');
    const setup = openWorkbench(file, { create: true });
    const earlier = addDocument(setup.db, { title: 'Imported last week' });
    setup.close();

    const { committed } = JSON.parse(await killAfterFirstLine('write-then-wait.ts', file)) as { committed: string };
    // The uncommitted work really reached the disk, so recovery had something to throw away.
    expect(fs.statSync(`${file}-wal`).size).toBeGreaterThan(1_000_000);

    const reopened = openWorkbench(file);
    const titles = reopened.db.prepare('SELECT id, title FROM documents ORDER BY seq').all();
    expect(titles).toEqual([
      { id: earlier, title: 'Imported last week' },
      { id: committed, title: 'Committed before the crash' },
    ]);
    expect(reopened.db.pragma('integrity_check', { simple: true })).toBe('ok');
    addDocument(reopened.db, { title: 'Written after recovery' });
    reopened.close();

    const again = openWorkbench(file);
    expect(again.db.prepare('SELECT count(*) AS n FROM documents').get()).toEqual({ n: 3 });
    again.close();
  });

  it('leaves an interrupted upgrade at the old version, with its backup beside it', async () => {
    const file = temp.file('upgrade.claimtrace');
    const setup = openWorkbench(file, { create: true });
    const documentId = addDocument(setup.db, { title: 'Before the upgrade' });
    setup.close();

    expect(await killAfterFirstLine('migrate-then-hang.ts', file)).toBe('migrating');

    const reopened = openWorkbench(file);
    expect(reopened.schemaVersion).toBe(APP_SCHEMA_VERSION);
    const columns = (reopened.db.pragma('table_info(documents)') as { name: string }[]).map((column) => column.name);
    expect(columns).not.toContain('summary');
    expect(reopened.db.prepare('SELECT title FROM documents WHERE id = ?').get(documentId)).toEqual({
      title: 'Before the upgrade',
    });
    reopened.close();
    expect(fs.readdirSync(temp.dir).filter((name) => name.startsWith(`upgrade.claimtrace.bak-v${APP_SCHEMA_VERSION}-`))).toHaveLength(1);
  });
});
