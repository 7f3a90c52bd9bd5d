// Screenshots of the unconfirmed-sources screens for review, at a large and a small window: the
// Sources list narrowed to Unconfirmed, an unconfirmed source's pane with its notice, its registry
// entry with a Wikidata item, the discard question, the editor, the list with nothing left to
// confirm, and the pane of the now confirmed source in the dark theme.
import { acceptDocksSuggestions } from './sources-docks.js';
import { sourceList, sourcePane } from './sources-newsroom.js';
import { callApi, expectCleanRun, library } from './support/documents.js';
import { expect, test } from './support/fixtures.js';

const SCREENS = process.env.CLAIMTRACE_SCREENS ?? '/tmp/screens';

for (const viewport of [
  { width: 1440, height: 900 },
  { width: 1024, height: 700 },
]) {
  test.describe(`at ${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport });

    test('unconfirmed sources screens', async ({ page, host, guard }) => {
      const size = `${viewport.width}x${viewport.height}`;
      await acceptDocksSuggestions(page, host);
      const [gazette] = await callApi<{ id: string }[]>(page, host, 'sources.list', { query: 'Harbour Gazette' });
      await callApi(page, host, 'sources.update', { id: gazette!.id, patch: { wikidataId: 'Q130879' } });

      await library(page)
        .getByRole('tab', { name: /Sources/ })
        .click();
      await library(page)
        .getByRole('radio', { name: /^Unconfirmed/ })
        .check();
      await expect(sourceList(page).getByRole('option')).toHaveCount(2);
      await page.screenshot({ path: `${SCREENS}/sources-unconfirmed-list-${size}.png`, animations: 'disabled' });

      const pane = sourcePane(page);
      await sourceList(page).getByRole('option').filter({ hasText: 'Harbour Gazette' }).click();
      await expect(pane.getByRole('region', { name: 'Unconfirmed source' })).toBeVisible();
      await expect(pane.getByRole('list', { name: 'Claims attributed to this source' })).toBeVisible();
      await page.screenshot({ path: `${SCREENS}/sources-unconfirmed-pane-${size}.png`, animations: 'disabled' });

      await pane.getByRole('tab', { name: 'Registry entry' }).click();
      await expect(pane.getByRole('link', { name: 'Wikidata Q130879' })).toBeVisible();
      await page.screenshot({ path: `${SCREENS}/sources-unconfirmed-entry-${size}.png`, animations: 'disabled' });

      await pane.getByRole('button', { name: 'Discard…' }).click();
      const discard = page.getByRole('alertdialog', { name: 'Discard Harbour Gazette?' });
      await expect(discard).toBeVisible();
      await page.screenshot({ path: `${SCREENS}/sources-unconfirmed-discard-${size}.png`, animations: 'disabled' });
      await discard.getByRole('button', { name: 'Cancel' }).click();

      await pane.getByRole('button', { name: 'Edit…' }).click();
      const edit = page.getByRole('dialog', { name: 'Edit Harbour Gazette' });
      await edit.getByRole('textbox', { name: /Wikidata item/ }).fill('Gazette');
      await edit.getByRole('button', { name: 'Save' }).click();
      await expect(edit.getByRole('textbox', { name: /Wikidata item/ })).toHaveAttribute('aria-invalid', 'true');
      await page.screenshot({ path: `${SCREENS}/sources-editor-wikidata-${size}.png`, animations: 'disabled' });
      await edit.getByRole('button', { name: 'Cancel' }).click();

      // Once every source is settled, the Unconfirmed list says there is nothing left to do.
      for (const source of await callApi<{ id: string }[]>(page, host, 'sources.list', { confirmed: false })) {
        await callApi(page, host, 'sources.confirm', { id: source.id });
      }
      await expect(library(page).getByRole('heading', { name: 'Nothing to confirm' })).toBeVisible();
      await page.screenshot({ path: `${SCREENS}/sources-unconfirmed-none-left-${size}.png`, animations: 'disabled' });

      await callApi(page, host, 'settings.update', { theme: 'dark' });
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
      await library(page).getByRole('radio', { name: /^All/ }).check();
      await page.screenshot({ path: `${SCREENS}/sources-unconfirmed-pane-dark-${size}.png`, animations: 'disabled' });
      expectCleanRun(
        guard,
        host,
        guard.consoleErrors.filter((line) => !line.includes('status of 400')),
      );
    });
  });
}
