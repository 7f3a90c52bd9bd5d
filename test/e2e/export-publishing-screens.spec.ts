// Screens of the publish step, at a desktop and at the smallest supported window, for looking at,
// not asserting pixels: the export dialog before and after Settings has what ClaimReview needs,
// and Settings with the fact-check page address.
import fs from 'node:fs';

import { exportDialog, openExportForArticle, seedPublishingDesk } from './export-support.js';
import { expectCleanRun } from './support/documents.js';
import { expect, openShell, test } from './support/fixtures.js';

const SCREENS = '/tmp/screens';

for (const viewport of [
  { width: 1440, height: 900 },
  { width: 1024, height: 700 },
]) {
  test.describe(`publishing screens, ${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport });

    test(`export dialog and settings (${viewport.width})`, async ({ page, host, guard }) => {
      fs.mkdirSync(SCREENS, { recursive: true });
      const shot = (name: string) => page.screenshot({ path: `${SCREENS}/publish-${name}-${viewport.width}.png` });
      await seedPublishingDesk(page, host);
      await openShell(page, host);

      const dialog = await openExportForArticle(page, 2);
      await dialog.getByRole('radio', { name: 'Done only' }).check();
      await expect(dialog.getByText('1 claim from 1 document')).toBeVisible();
      await shot('export-done-only');

      await dialog.getByRole('radio', { name: /^ClaimReview for web pages/ }).check();
      const missing = dialog.getByRole('alert');
      await expect(missing).toContainText('Set the fact-check page address in Settings');
      await missing.scrollIntoViewIfNeeded();
      await shot('export-claimreview-needs-settings');

      await missing.getByRole('button', { name: 'Open Settings' }).click();
      const settings = page.getByRole('dialog', { name: 'Settings' });
      await settings.getByRole('textbox', { name: 'Organisation name' }).fill('Saraqib Verification Desk');
      await settings.getByRole('textbox', { name: 'Organisation website' }).fill('https://desk.example.org/');
      const pattern = settings.getByRole('textbox', { name: 'Fact-check page address' });
      await pattern.fill('https://desk.example.org/checks');
      await settings.getByRole('button', { name: 'Save' }).click();
      await expect(pattern).toHaveAttribute('aria-invalid', 'true');
      await pattern.scrollIntoViewIfNeeded();
      await shot('settings-review-url-error');
      await pattern.fill('https://desk.example.org/checks/{claim}');
      await settings.getByRole('button', { name: 'Save' }).click();
      await expect(settings).toBeHidden();

      await expect(dialog.getByText(/will be published/u)).toBeVisible();
      await dialog.getByText(/will be published/u).scrollIntoViewIfNeeded();
      await shot('export-claimreview-ready');

      await dialog.getByRole('radio', { name: /^PDF report/ }).check();
      await expect(dialog.getByRole('button', { name: 'Download PDF' })).toBeVisible();
      await dialog.getByRole('checkbox', { name: /Include the audit history/ }).scrollIntoViewIfNeeded();
      await shot('export-pdf');
      await page.keyboard.press('Escape');
      await expect(exportDialog(page)).toBeHidden();
      expectCleanRun(
        guard,
        host,
        guard.consoleErrors.filter((line) => !line.includes('the server responded with a status of 400')),
      );
    });
  });
}
