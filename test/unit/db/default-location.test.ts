import fs from 'node:fs';
import path from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import { defaultWorkbenchPath, ensureDefaultWorkbench } from '../../../db/default-location.js';
import { makeTempDir } from '../../support/temp-dir.js';

const temp = makeTempDir();

afterAll(() => temp.remove());

describe('where the workbench lives by default', () => {
  it('uses CLAIMTRACE_HOME when it is set, on every platform', () => {
    for (const platform of ['linux', 'darwin', 'win32'] as const) {
      expect(defaultWorkbenchPath({ CLAIMTRACE_HOME: '/srv/desk' }, platform, '/home/lina')).toBe(
        path.resolve('/srv/desk', 'workbench.claimtrace'),
      );
    }
  });

  it('uses the XDG data folder on Linux, or ~/.local/share when it is unset or relative', () => {
    expect(defaultWorkbenchPath({ XDG_DATA_HOME: '/data/lina' }, 'linux', '/home/lina')).toBe('/data/lina/Claimtrace/Workbench.claimtrace');
    expect(defaultWorkbenchPath({}, 'linux', '/home/lina')).toBe('/home/lina/.local/share/Claimtrace/Workbench.claimtrace');
    expect(defaultWorkbenchPath({ XDG_DATA_HOME: 'relative/data' }, 'linux', '/home/lina')).toBe(
      '/home/lina/.local/share/Claimtrace/Workbench.claimtrace',
    );
  });

  it('uses Application Support on macOS', () => {
    expect(defaultWorkbenchPath({}, 'darwin', '/Users/lina')).toBe(
      '/Users/lina/Library/Application Support/Claimtrace/Workbench.claimtrace',
    );
  });

  it('uses %APPDATA% on Windows', () => {
    expect(defaultWorkbenchPath({ APPDATA: 'C:\\Users\\lina\\AppData\\Roaming' }, 'win32', 'C:\\Users\\lina')).toBe(
      'C:\\Users\\lina\\AppData\\Roaming\\Claimtrace\\Workbench.claimtrace',
    );
    expect(defaultWorkbenchPath({}, 'win32', 'C:\\Users\\lina')).toBe(
      'C:\\Users\\lina\\AppData\\Roaming\\Claimtrace\\Workbench.claimtrace',
    );
  });

  it('creates the folder and the workbench on first use, and reopens the same one later', () => {
    const env = { CLAIMTRACE_HOME: path.join(temp.dir, 'nested', 'home') };
    const first = ensureDefaultWorkbench({ env });
    const id = (first.db.prepare('SELECT workbench_id AS id FROM meta').get() as { id: string }).id;
    expect(first.path).toBe(path.join(env.CLAIMTRACE_HOME, 'workbench.claimtrace'));
    expect(first.name).toBe('workbench');
    first.close();
    expect(fs.existsSync(first.path)).toBe(true);

    const second = ensureDefaultWorkbench({ env });
    expect((second.db.prepare('SELECT workbench_id AS id FROM meta').get() as { id: string }).id).toBe(id);
    second.close();
  });
});
