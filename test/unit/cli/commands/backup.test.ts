import fs from 'node:fs';
import path from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import { backupFolderFor } from '../../../../db/backups/snapshot-names.js';
import { openWorkbench } from '../../../../db/workbench.js';
import { makeTempDir } from '../../../support/temp-dir.js';
import { addClaims, apiFor, CLAIM_QUOTES, claimQuotes } from '../../db/backups/support.js';
import { run } from '../support/run-captured.js';

const temp = makeTempDir();
afterAll(() => temp.remove());

async function workbenchWithClaims(name: string): Promise<string> {
  const file = temp.file(`${name}.claimtrace`);
  const workbench = openWorkbench(file, { create: true });
  await addClaims(apiFor(workbench).call);
  workbench.close();
  return file;
}

function claimsIn(file: string): string[] {
  const copy = openWorkbench(file, { readonly: true });
  try {
    return claimQuotes(copy);
  } finally {
    copy.close();
  }
}

describe('claimtrace backup', () => {
  it('writes a snapshot into the workbench’s backup folder and says where', async () => {
    const file = await workbenchWithClaims('Desk');
    const result = await run(['backup', '--workbench', file]);
    expect(result.code).toBe(0);
    const folder = backupFolderFor(file);
    const [snapshot] = fs.readdirSync(folder);
    expect(snapshot).toMatch(/^Desk \d{4}-\d{2}-\d{2} \d{6}\.claimtrace$/);
    expect(result.out).toContain(path.join(folder, snapshot!));
    expect(claimsIn(path.join(folder, snapshot!))).toEqual([...CLAIM_QUOTES].sort());
  });

  it('copies to --out, even while the app has the workbench open with changes in its log', async () => {
    const file = await workbenchWithClaims('Open');
    const app = openWorkbench(file);
    try {
      app.db.pragma('wal_autocheckpoint = 0');
      app.db.prepare("UPDATE claims SET statement = 'Edited while open'").run();
      const out = temp.file('copy.claimtrace');
      const result = await run(['backup', '--workbench', file, '--out', out]);
      expect(result.code).toBe(0);
      expect(result.out).toContain(out);
      const copy = openWorkbench(out, { readonly: true });
      const statements = copy.db.prepare('SELECT DISTINCT statement FROM claims').all();
      copy.close();
      expect(statements).toEqual([{ statement: 'Edited while open' }]);
    } finally {
      app.close();
    }
  });

  it('refuses an --out file that exists and leaves it as it was', async () => {
    const file = await workbenchWithClaims('Refuse');
    const out = temp.file('precious.claimtrace');
    fs.writeFileSync(out, 'do not replace me');
    const result = await run(['backup', '--workbench', file, '--out', out]);
    expect(result.code).toBe(2);
    expect(result.err).toContain('already exists');
    expect(fs.readFileSync(out, 'utf8')).toBe('do not replace me');
  });

  it('refuses a missing workbench or a file that is not one, without creating anything', async () => {
    const missing = temp.file('missing.claimtrace');
    const result = await run(['backup', '--workbench', missing]);
    expect(result.code).toBe(1);
    expect(fs.existsSync(missing)).toBe(false);
    expect(fs.existsSync(backupFolderFor(missing))).toBe(false);

    const notes = temp.file('notes.claimtrace');
    fs.writeFileSync(notes, 'my notes');
    expect((await run(['backup', '--workbench', notes])).code).toBe(1);
  });

  it('explains its usage when arguments are wrong', async () => {
    const result = await run(['backup']);
    expect(result.code).toBe(2);
    expect(result.err).toContain('--workbench');
    expect((await run(['backup', '--bogus'])).code).toBe(2);
    expect((await run(['--help'])).out).toContain('claimtrace backup --workbench FILE [--out PATH]');
  });
});
