import { execFileSync, spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import { APP_SCHEMA_VERSION } from '../../../../db/migrations/index.js';
import { openWorkbench } from '../../../../db/workbench.js';
import { makeTempDir } from '../../../support/temp-dir.js';
import { run } from '../support/run-captured.js';

const temp = makeTempDir();
afterAll(() => temp.remove());

function sha256(file: string): string {
  return crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

describe('claimtrace check', () => {
  it('reports schema version, counts and integrity of a healthy workbench', async () => {
    const file = temp.file('healthy.claimtrace');
    openWorkbench(file, { create: true }).close();
    const result = await run(['check', '--workbench', file]);
    expect(result.code).toBe(0);
    expect(result.out).toContain(`Schema version  ${APP_SCHEMA_VERSION}`);
    expect(result.out).toMatch(/Sources\s+\d+/);
    expect(result.out).toMatch(/Integrity\s+ok/);
  });

  it('prints JSON when asked', async () => {
    const file = temp.file('json.claimtrace');
    openWorkbench(file, { create: true }).close();
    const result = await run(['check', '--workbench', file, '--json']);
    const report = JSON.parse(result.out);
    expect(report).toMatchObject({ ok: true, schemaVersion: APP_SCHEMA_VERSION, integrity: ['ok'] });
    expect(report.counts.sources).toBeGreaterThanOrEqual(5);
  });

  it('refuses a file that is not a workbench, exits non-zero and leaves it unchanged', async () => {
    const file = temp.file('notes.claimtrace');
    fs.writeFileSync(file, 'These are my notes, not a database.\n');
    const before = sha256(file);
    const result = await run(['check', '--workbench', file]);
    expect(result.code).not.toBe(0);
    expect(result.err).toContain('notes.claimtrace');
    expect(sha256(file)).toBe(before);
    expect(fs.readdirSync(temp.dir).filter((n) => n.startsWith('notes.'))).toEqual(['notes.claimtrace']);
  });

  it('does not create a missing workbench', async () => {
    const file = temp.file('missing.claimtrace');
    const result = await run(['check', '--workbench', file]);
    expect(result.code).not.toBe(0);
    expect(fs.existsSync(file)).toBe(false);
  });

  it('explains its usage when arguments are wrong', async () => {
    expect((await run(['check'])).err).toContain('--workbench');
    expect((await run(['check', '--bogus'])).code).toBe(2);
    expect((await run(['frobnicate'])).err).toContain('Unknown command');
  });
});

describe('the installed command', () => {
  const bin = path.resolve(__dirname, '../../../../bin/claimtrace.cjs');

  it('runs as a program and sets its exit code', () => {
    const file = temp.file('bin.claimtrace');
    openWorkbench(file, { create: true }).close();
    const output = execFileSync(process.execPath, [bin, 'check', '--workbench', file], { encoding: 'utf8' });
    expect(output).toMatch(/Integrity\s+ok/);
    const bad = temp.file('bad.claimtrace');
    fs.writeFileSync(bad, crypto.randomBytes(4096));
    const failed = spawnSync(process.execPath, [bin, 'check', '--workbench', bad], { encoding: 'utf8' });
    expect(failed.status).toBe(1);
    expect(failed.stderr).toContain('bad.claimtrace');
  });
});
