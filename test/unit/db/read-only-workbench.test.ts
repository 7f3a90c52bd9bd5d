import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { openWorkbench } from '../../../db/workbench.js';
import { makeTempDir } from '../../support/temp-dir.js';

let temp: ReturnType<typeof makeTempDir>;
beforeEach(() => (temp = makeTempDir()));
afterEach(() => {
  fs.chmodSync(temp.dir, 0o755);
  temp.remove();
});

// Root may write anywhere, so the session runs as an ordinary user when the tests run as root (CI).
const NOBODY = 65534;

describe('a workbench in a place nobody may write to', () => {
  it('opens read-only, says so, reads and exports, and refuses changes with the reason', () => {
    const folder = temp.file('archive');
    fs.mkdirSync(folder);
    const file = path.join(folder, 'colleague.claimtrace');
    openWorkbench(file, { create: true }).close();
    fs.chmodSync(file, 0o444);
    fs.chmodSync(folder, 0o555);
    fs.chmodSync(temp.dir, 0o755);

    const script = path.join(__dirname, 'support', 'read-only-session.ts');
    const asUser = process.getuid?.() === 0 ? { uid: NOBODY, gid: NOBODY } : {};
    const run = spawnSync(process.execPath, ['--import', 'tsx', script, file], {
      encoding: 'utf8',
      ...asUser,
      env: { ...process.env, HOME: temp.dir },
    });
    expect(run.stderr).not.toMatch(/Error/u);
    const outcome = JSON.parse(run.stdout.trim());
    expect(outcome.info).toMatchObject({ ok: true, value: { readOnly: true, name: 'colleague' } });
    expect(outcome).toMatchObject({ exported: true, listed: true });
    expect(outcome.change).toMatchObject({ ok: false, error: { code: 'storage' } });
    expect(outcome.change.error.message).toMatch(/read-only/u);
    // An import fails file by file, in the same words, with nothing of SQLite's.
    expect(outcome.imported).toMatchObject({ ok: true, value: { status: 'failed' } });
    expect(outcome.imported.value.error).toMatch(/could not be imported: This workbench is open read-only/u);
    // Nothing was left beside the file.
    expect(fs.readdirSync(folder)).toEqual(['colleague.claimtrace']);
  }, 60_000);
});
