// The Backups section of Settings, against the real browser host: backing up from the dialog
// writes a snapshot beside the workbench and lists it, and a failure is explained.
import fs from 'node:fs';
import path from 'node:path';

import type { Page } from '@playwright/test';

import { withoutHttpErrors } from './support/console.js';
import { callApi, expectCleanRun } from './support/documents.js';
import { expect, openShell, test } from './support/fixtures.js';

const SCREENS = process.env.CLAIMTRACE_SCREENS ?? '/tmp/screens';

function backupFolder(workbenchPath: string): string {
  return path.join(path.dirname(workbenchPath), 'e2e.claimtrace-backups');
}

async function openBackups(page: Page) {
  await page.getByRole('button', { name: 'Settings' }).click();
  const dialog = page.getByRole('dialog', { name: 'Settings' });
  const backups = dialog.getByRole('region', { name: 'Backups' });
  await expect(backups).toBeVisible();
  return { dialog, backups };
}

test.describe('settings: backups', () => {
  test('Back up now writes a snapshot beside the workbench and lists it', async ({ page, host, guard }) => {
    await openShell(page, host);
    const { backups } = await openBackups(page);
    const folder = backupFolder(host.workbenchPath);
    await expect(backups.getByText(folder, { exact: true })).toBeVisible();
    await expect(backups.getByText('No backups yet.')).toBeVisible();

    await backups.getByRole('button', { name: 'Back up now' }).click();
    await expect(backups.getByRole('status')).toContainText('Backed up at');
    const list = backups.getByRole('list', { name: 'Recent backups' });
    await expect(list.getByRole('listitem')).toHaveCount(1);
    await expect(backups.getByRole('button', { name: 'Back up now' })).toBeEnabled();

    const files = fs.readdirSync(folder);
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/^e2e \d{4}-\d{2}-\d{2} \d{6}\.claimtrace$/);
    await expect(list.getByRole('listitem').first()).toHaveAttribute('title', files[0]!);

    // A snapshot taken elsewhere (the desktop menu, the hourly check) shows up while the dialog is open.
    await callApi(page, host, 'workbench.backupNow', {});
    await expect(list.getByRole('listitem')).toHaveCount(2);
    expectCleanRun(guard, host);
  });

  test('says why the last backup failed, and clears it once a backup succeeds', async ({ page, host, guard }) => {
    const folder = backupFolder(host.workbenchPath);
    fs.writeFileSync(folder, 'a file where the backup folder goes');
    await openShell(page, host);
    const { backups } = await openBackups(page);

    await backups.getByRole('button', { name: 'Back up now' }).click();
    await expect(backups.getByRole('alert')).toContainText('The last backup failed');
    await expect(backups.getByRole('alert')).toContainText('in the way');
    await expect(backups.getByRole('status')).toHaveText('');

    fs.rmSync(folder);
    await backups.getByRole('button', { name: 'Back up now' }).click();
    await expect(backups.getByRole('status')).toContainText('Backed up at');
    await expect(backups.getByRole('alert')).toHaveCount(0);
    expectCleanRun(guard, host, withoutHttpErrors(guard.consoleErrors, 409));
  });
});

test.describe('settings: backups screens', () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  test('light and dark', async ({ page, host }) => {
    await openShell(page, host);
    for (let i = 0; i < 3; i += 1) await callApi(page, host, 'workbench.backupNow', {});
    for (const theme of ['light', 'dark'] as const) {
      await callApi(page, host, 'settings.update', { theme });
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      const { dialog, backups } = await openBackups(page);
      await backups.getByRole('button', { name: 'Back up now' }).click();
      await expect(backups.getByRole('status')).toContainText('Backed up at');
      await backups.scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${SCREENS}/backups-settings-${theme}.png` });
      await dialog.getByRole('button', { name: 'Cancel' }).click();
      await expect(dialog).toBeHidden();
    }
  });
});
