import type { Page } from '@playwright/test';

import { downloadFrom, exportDialog, seedDocumentWithClaim } from './export-support.js';
import { withoutHttpErrors } from './support/console.js';
import { expectCleanRun, type FilePayload } from './support/documents.js';
import { expect, openShell, test } from './support/fixtures.js';

/** Chooses "Import bundle…" in the library's import menu and answers the file chooser. */
async function importBundle(page: Page, file: FilePayload): Promise<void> {
  await page.getByRole('navigation', { name: 'Library' }).getByRole('button', { name: 'More ways to import' }).click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('menu', { name: 'Import' }).getByRole('menuitem', { name: 'Import bundle…' }).click();
  await (await chooser).setFiles(file);
}

function bundleFile(name: string, content: string | Buffer): FilePayload {
  return { name, mimeType: 'application/json', buffer: Buffer.isBuffer(content) ? content : Buffer.from(content, 'utf8') };
}

test.describe('exchanging bundles', () => {
  test('a bundle exported from the workbench and imported back into it adds nothing', async ({ page, host, guard }) => {
    await seedDocumentWithClaim(page, host);
    await openShell(page, host);
    await page.getByRole('banner').getByRole('button', { name: 'Export…' }).click();
    const dialog = exportDialog(page);
    await dialog.getByRole('radio', { name: /Whole workbench/ }).check();
    await dialog.getByRole('radio', { name: /^JSON bundle/ }).check();
    const { download, bytes } = await downloadFrom(page, () => dialog.getByRole('button', { name: 'Download' }).click());
    expect(download.suggestedFilename()).toMatch(/^claimtrace-bundle-[a-z0-9-]+\.json$/u);
    const bundle = JSON.parse(bytes.toString('utf8')) as { format: string; documents: unknown[]; claims: unknown[] };
    expect(bundle.format).toBe('claimtrace-bundle');
    expect(bundle.documents).toHaveLength(1);
    expect(bundle.claims).toHaveLength(1);

    await importBundle(page, bundleFile(download.suggestedFilename(), bytes));
    const summary = page.getByRole('dialog', { name: 'Bundle imported' });
    await expect(summary).toBeVisible();
    await expect(summary.getByRole('status')).toHaveText('Nothing new: the workbench already held everything in this bundle.');
    await expect(summary).toContainText(download.suggestedFilename());
    const table = summary.getByRole('table');
    await expect(table.getByRole('row', { name: /^Documents/ })).toHaveText(/Documents\s*0\s*0\s*1/u);
    await expect(table.getByRole('row', { name: /^Claims/ })).toHaveText(/Claims\s*0\s*0\s*1/u);
    await summary.getByRole('button', { name: 'Done' }).click();
    await expect(summary).toBeHidden();
    // Still one document and one claim.
    await expect(page.getByRole('banner').getByRole('list', { name: 'Workbench contents' })).toContainText('1 document');
    await expect(page.getByRole('banner').getByRole('list', { name: 'Workbench contents' })).toContainText('1 claim');
    expectCleanRun(guard, host);
  });

  test('a file that is not a bundle is refused with a clear reason, and nothing changes', async ({ page, host, guard }) => {
    await openShell(page, host);
    await importBundle(page, bundleFile('notes.json', '{ "format": "claimtrace-bundle", "version": 1, '));
    const refusal = page.getByRole('alertdialog', { name: 'Bundle not imported' });
    await expect(refusal).toBeVisible();
    await expect(refusal).toContainText('notes.json');
    await expect(refusal).toContainText('This file is not a Claimtrace bundle: it is not JSON');
    await expect(refusal).toContainText('Nothing in the workbench was changed.');

    // Another try from the same dialog, this time a bundle missing its contents.
    const chooser = page.waitForEvent('filechooser');
    await refusal.getByRole('button', { name: 'Import another…' }).click();
    await (await chooser).setFiles(bundleFile('damaged.json', JSON.stringify({ format: 'claimtrace-bundle', version: 1 })));
    await expect(page.getByRole('alertdialog', { name: 'Bundle not imported' })).toContainText(
      'The bundle is damaged and was not imported.',
    );
    await expect(page.getByRole('alertdialog', { name: 'Bundle not imported' })).toContainText('damaged.json');
    expectCleanRun(guard, host, withoutHttpErrors(guard.consoleErrors, 400));
  });

  test('a bundle from a newer Claimtrace says to update the app', async ({ page, host, guard }) => {
    await openShell(page, host);
    await importBundle(page, bundleFile('from-the-future.json', JSON.stringify({ format: 'claimtrace-bundle', version: 99 })));
    const refusal = page.getByRole('alertdialog', { name: 'Bundle not imported' });
    await expect(refusal).toContainText('This bundle was made by a newer version of Claimtrace');
    await expect(refusal).toContainText('Update Claimtrace to import it.');
    await refusal.getByRole('button', { name: 'Done' }).click();
    await expect(refusal).toBeHidden();
    expectCleanRun(guard, host, withoutHttpErrors(guard.consoleErrors, 422));
  });
});
