// File → Back Up Now through the real main process: the snapshot lands beside the workbench, the
// window hears about it, and a failure is shown without taking the app down.
import fs from 'node:fs';

import type { MenuItemConstructorOptions } from 'electron';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

import { makeTempDir } from '../../support/temp-dir.js';
import { type MainProcess, startMainProcess } from './main-process-harness.js';

const temp = makeTempDir();
let main: MainProcess;

beforeAll(async () => {
  main = await startMainProcess(temp);
  const result = await main.call('documents.importText', { text: 'The militants refused to hand over their weapons, AFP reported.' });
  expect(result.ok).toBe(true);
});

afterAll(() => {
  main.stop();
  temp.remove();
});

function backUpNow(): void {
  const file = main.fake.state.menu!.find((item) => item.label?.replace('&', '') === 'File')!;
  const item = (file.submenu as MenuItemConstructorOptions[]).find((entry) => entry.label === 'Back Up Now')!;
  (item.click as () => void)();
}

const folder = () => temp.file('home/workbench.claimtrace-backups');

describe('File → Back Up Now', () => {
  it('writes a snapshot beside the workbench, says where, and tells the window', async () => {
    backUpNow();
    await vi.waitFor(() => expect(main.fake.state.messageBoxes).toHaveLength(1));
    const [snapshot] = fs.readdirSync(folder());
    expect(snapshot).toMatch(/^workbench \d{4}-\d{2}-\d{2} \d{6}\.claimtrace$/);
    expect(main.fake.state.messageBoxes[0]).toMatchObject({ type: 'info', message: 'Backup saved' });
    expect(main.fake.state.messageBoxes[0]!.detail).toContain(snapshot);
    expect(main.appWindow.webContents.sent).toContainEqual({ channel: 'claimtrace:event', payload: { type: 'backups.changed' } });
  });

  it('shows why a backup failed and keeps serving the window', async () => {
    fs.rmSync(folder(), { recursive: true });
    fs.writeFileSync(folder(), 'in the way');
    backUpNow();
    await vi.waitFor(() => expect(main.fake.state.messageBoxes).toHaveLength(2));
    expect(main.fake.state.messageBoxes[1]).toMatchObject({ type: 'error', message: 'The backup failed' });
    expect(main.fake.state.messageBoxes[1]!.detail).toContain('in the way');
    const listed = await main.call('workbench.backups', {});
    expect(listed).toMatchObject({ ok: true, value: { backups: [], lastError: expect.stringContaining('in the way') } });
  });
});
