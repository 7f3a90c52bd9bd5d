import { APP_SCHEMA_VERSION } from '../../db/migrations/index.js';
import { withoutHttpErrors } from './support/console.js';
import { expect, openShell, test } from './support/fixtures.js';

test.describe('settings', () => {
  test('saves the reviewer name and still shows it after a reload', async ({ page, host, guard }) => {
    await openShell(page, host);
    await page.getByRole('button', { name: 'Settings' }).click();
    const dialog = page.getByRole('dialog', { name: 'Settings' });
    await expect(dialog).toBeVisible();
    await dialog.getByRole('textbox', { name: 'Reviewer name' }).fill('Dana Levin');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('contentinfo').getByRole('button', { name: 'Reviewer: Dana Levin' })).toBeVisible();

    await page.reload();
    await expect(page.locator('body')).toHaveAttribute('data-ready', 'true');
    await expect(page.getByRole('contentinfo').getByRole('button', { name: 'Reviewer: Dana Levin' })).toBeVisible();
    await page.getByRole('button', { name: 'Settings' }).click();
    await expect(dialog.getByRole('textbox', { name: 'Reviewer name' })).toHaveValue('Dana Levin');
    expect(guard.consoleErrors).toEqual([]);
  });

  test('names the workbench file and its file format under Workbench, not in the status bar', async ({ page, host, guard }) => {
    await openShell(page, host);
    // The format version is a detail for support, not something a reviewer reads while working.
    await expect(page.getByRole('contentinfo')).not.toContainText(/schema|version/i);
    await page.getByRole('button', { name: 'Settings' }).click();
    const workbench = page.getByRole('dialog', { name: 'Settings' }).getByRole('region', { name: 'Workbench' });
    await expect(workbench).toContainText(host.workbenchPath);
    await expect(workbench).toContainText(`File format`);
    await expect(workbench).toContainText(`Version ${APP_SCHEMA_VERSION}.`);
    expect(guard.consoleErrors).toEqual([]);
  });

  test('shows the API’s validation message under an invalid organisation website', async ({ page, host, guard }) => {
    await openShell(page, host);
    await page.getByRole('button', { name: 'Settings' }).click();
    const dialog = page.getByRole('dialog', { name: 'Settings' });
    await dialog.getByRole('textbox', { name: 'Organisation name' }).fill('Verification Desk');
    const website = dialog.getByRole('textbox', { name: 'Organisation website' });
    await website.fill('not a web address');
    await dialog.getByRole('button', { name: 'Save' }).click();

    await expect(website).toHaveAttribute('aria-invalid', 'true');
    await expect(website).toHaveAccessibleDescription(/a web address cannot contain spaces or line breaks/);
    await expect(dialog.getByText('a web address cannot contain spaces or line breaks (encode a space as %20)')).toBeVisible();
    await expect(dialog).toBeVisible();

    // Nothing was saved: the rejected change leaves the whole update out, the name included.
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await page.reload();
    await expect(page.locator('body')).toHaveAttribute('data-ready', 'true');
    await page.getByRole('button', { name: 'Settings' }).click();
    await expect(dialog.getByRole('textbox', { name: 'Organisation name' })).toHaveValue('');
    await expect(dialog.getByRole('textbox', { name: 'Organisation website' })).toHaveValue('');
    expect(withoutHttpErrors(guard.consoleErrors, 400)).toEqual([]);
  });

  test('corrects an invalid website and saves it', async ({ page, host }) => {
    await openShell(page, host);
    await page.getByRole('button', { name: 'Settings' }).click();
    const dialog = page.getByRole('dialog', { name: 'Settings' });
    const website = dialog.getByRole('textbox', { name: 'Organisation website' });
    await website.fill('example.org');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(website).toHaveAttribute('aria-invalid', 'true');

    await website.fill('https://example.org/desk');
    await expect(website).not.toHaveAttribute('aria-invalid');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(dialog).toBeHidden();
    await page.getByRole('button', { name: 'Settings' }).click();
    await expect(website).toHaveValue('https://example.org/desk');
  });

  test('opens from the keyboard and closes with Escape without saving', async ({ page, host }) => {
    await openShell(page, host);
    await page.keyboard.press('Control+Comma');
    const dialog = page.getByRole('dialog', { name: 'Settings' });
    await expect(dialog).toBeVisible();
    const reviewer = dialog.getByRole('textbox', { name: 'Reviewer name' });
    await expect(reviewer).toBeFocused();
    await reviewer.fill('Not kept');
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('contentinfo').getByRole('button', { name: 'Set your reviewer name' })).toBeVisible();

    await page.getByRole('contentinfo').getByRole('button', { name: 'Set your reviewer name' }).click();
    await expect(reviewer).toHaveValue('');
  });
});
