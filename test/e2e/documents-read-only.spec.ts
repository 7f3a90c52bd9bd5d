import { library, openDocument, reader } from './support/documents.js';
import { expect, openShell, test } from './support/fixtures.js';

const TITLE = 'Harbour Pilots Refuse Night Shifts';

test.describe('a workbench nobody may write to', () => {
  test.use({
    hostOptions: {
      readOnly: {
        files: {
          'pilots.txt': `${TITLE}\n\nThe pilots' guild said on Monday that night shifts were unsafe without radar, according to the port authority.`,
        },
      },
    },
  });

  test('is read, says it is read-only, and offers no way to add documents', async ({ page, host }) => {
    await openShell(page, host);
    await expect(page.locator('.statusbar')).toContainText('Read-only');
    const text = await openDocument(page, new RegExp(TITLE));
    await expect(text).toContainText('night shifts were unsafe without radar');
    await expect(reader(page).getByRole('heading', { name: TITLE })).toBeVisible();
    await expect(library(page).getByRole('button', { name: /^Import/ })).toHaveCount(0);
    await expect(library(page).getByRole('button', { name: 'More ways to import' })).toHaveCount(0);

    // The keyboard shortcut says why instead of opening a chooser whose files would all fail.
    await page.keyboard.press('Control+i');
    await expect(page.getByText('This workbench is read-only', { exact: true })).toBeVisible();
  });
});
