import { spawn } from 'node:child_process';
import path from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { openWorkbench } from '../../../db/workbench.js';
import { makeTempDir } from '../../support/temp-dir.js';
import { addDocument } from './support/rows.js';

let temp: ReturnType<typeof makeTempDir>;
beforeEach(() => (temp = makeTempDir()));
afterEach(() => temp.remove());

/** Runs the concurrent writer on the file and returns the failures it reports. */
function runWriter(file: string, label: string, documentId: string, writes: number): Promise<string[]> {
  const script = path.join(__dirname, 'support', 'concurrent-writer.ts');
  const child = spawn(process.execPath, ['--import', 'tsx', script, file, label, documentId, String(writes)], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.on('exit', (code) => {
      if (code !== 0) reject(new Error(`writer ${label} exited with ${code}: ${stderr}`));
      else resolve((JSON.parse(stdout.trim()) as { failures: string[] }).failures);
    });
  });
}

describe('several processes writing one workbench', () => {
  it('lets them all write at once without a single "database is locked"', async () => {
    const file = temp.file('shared.claimtrace');
    const setup = openWorkbench(file, { create: true });
    const documentId = addDocument(setup.db, {
      title: 'Shared report',
      text: 'The ministry said the convoy was delayed at the border crossing near the river on Monday.',
    });
    setup.close();
    // Three writers stand for the app, the CLI and a second window; each adds sources, claims and edits.
    const failures = await Promise.all(['app', 'cli', 'window'].map((label) => runWriter(file, label, documentId, 40)));
    expect(failures.flat()).toEqual([]);
    const workbench = openWorkbench(file);
    const counts = workbench.db
      .prepare(`SELECT (SELECT count(*) FROM sources WHERE name LIKE '% outlet %') AS sources, (SELECT count(*) FROM claims) AS claims`)
      .get();
    workbench.close();
    expect(counts).toEqual({ sources: 120, claims: 120 });
  }, 120_000);
});
