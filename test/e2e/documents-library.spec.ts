import type { Page } from '@playwright/test';

import { withoutHttpErrors } from './support/console.js';
import {
  callApi,
  expectCleanRun,
  fixtureFile,
  importThreeDated,
  importThroughApi,
  library,
  reader,
  readerText,
  textFile,
} from './support/documents.js';
import { expect, openShell, test } from './support/fixtures.js';

function documentList(page: Page) {
  return library(page).getByRole('listbox', { name: 'Documents' });
}

async function titlesInList(page: Page): Promise<string[]> {
  // Each row reads "Title: rest of title" followed by its byline; the word before the colon is enough.
  return (await documentList(page).getByRole('option').allTextContents()).map((row) => row.split(':')[0]!);
}

test.describe('the document library', () => {
  test('finds a phrase anywhere in the workbench and opens the document at it', async ({ page, host, guard }) => {
    const filler = (i: number) =>
      `Paragraph ${i}. The regional council met again to discuss the budget, and members asked for more time to read the report.`;
    const paragraphs = Array.from({ length: 320 }, (_, i) => filler(i + 1));
    paragraphs.splice(280, 0, 'Engineers said the desalination plant at Qasr Harbour had been shut down after the strike, Fars reported.');
    await importThroughApi(page, host, textFile('council-minutes.txt', `Council Minutes for the Whole Year\n\n${paragraphs.join('\n\n')}`));
    await importThroughApi(page, host, fixtureFile('grid-strike-with-comments.txt'));
    await importThroughApi(page, host, fixtureFile('hostile-page.html'));
    await openShell(page, host);

    await page.getByRole('tab', { name: /Sources/ }).click();
    await page.keyboard.press('Control+f');
    const search = page.getByRole('searchbox', { name: 'Search documents' });
    await expect(search).toBeFocused();
    await search.fill('desalination plant');

    const results = library(page).getByRole('listbox', { name: 'Search results' });
    await expect(
      library(page)
        .getByRole('status')
        .filter({ hasText: /result/ }),
    ).toHaveText('1 result');
    const hit = results.getByRole('option', { name: /Council Minutes for the Whole Year/ });
    await expect(hit.locator('mark').first()).toHaveText(/desalination/i);
    await hit.click();

    const text = await readerText(page);
    await expect(reader(page).getByRole('heading', { name: 'Council Minutes for the Whole Year' })).toBeVisible();
    // The match is highlighted and scrolled into the middle of the reader.
    await expect
      .poll(() =>
        page.evaluate(() => {
          const highlight = CSS.highlights.get('claimtrace-search-match');
          const range = highlight ? [...highlight][0] : undefined;
          if (!(range instanceof Range)) return null;
          const rect = range.getBoundingClientRect();
          const view = document.querySelector('.reader__scroll')!.getBoundingClientRect();
          return { text: range.toString(), inView: rect.top >= view.top && rect.bottom <= view.bottom };
        }),
      )
      .toEqual({ text: 'desalination plant', inView: true });
    await expect(text.getByText(/desalination plant at Qasr Harbour/)).toBeInViewport();

    // Escape clears the search and the list comes back.
    await search.focus();
    await page.keyboard.press('Escape');
    await expect(search).toHaveValue('');
    await expect(documentList(page).getByRole('option')).toHaveCount(3);
    expectCleanRun(guard, host);
  });

  test('finds other spellings and forms of a word, and says when a match is only in the reader comments', async ({ page, host, guard }) => {
    await importThroughApi(page, host, fixtureFile('grid-strike-with-comments.txt'));
    await openShell(page, host);
    const search = page.getByRole('searchbox', { name: 'Search documents' });
    const results = library(page).getByRole('listbox', { name: 'Search results' });
    const hit = results.getByRole('option', { name: /Strikes on Power Grid/ });

    // The article spells it "defence".
    await search.fill('defense');
    await expect(hit.locator('mark').first()).toHaveText('defence');
    await expect(hit).not.toContainText('in reader comments');

    // Only a commenter mentions the winter.
    await search.fill('winters');
    await expect(hit.locator('mark').first()).toHaveText('winter');
    await expect(hit).toContainText('in reader comments');
    await hit.click();
    await expect
      .poll(() =>
        page.evaluate(() => {
          const highlight = CSS.highlights.get('claimtrace-search-match');
          const range = highlight ? [...highlight][0] : undefined;
          return range instanceof Range ? range.toString() : null;
        }),
      )
      .toBe('winter');
    expectCleanRun(guard, host);
  });

  test('says so when nothing matches', async ({ page, host, guard }) => {
    await importThroughApi(page, host, fixtureFile('grid-strike-with-comments.txt'));
    await openShell(page, host);
    await page.getByRole('searchbox', { name: 'Search documents' }).fill('zeppelin');
    await expect(library(page).getByRole('heading', { name: 'No matches' })).toBeVisible();
    await expect(
      library(page)
        .getByRole('status')
        .filter({ hasText: /result/ }),
    ).toHaveText('0 results');
    expectCleanRun(guard, host);
  });

  test('sorts by any column in either direction and narrows by outlet, date and progress', async ({ page, host, guard }) => {
    await importThreeDated(page, host);
    await openShell(page, host);
    // Newest import first, as a new workbench lists them.
    await expect.poll(() => titlesInList(page)).toEqual(['Alpha', 'Charlie', 'Bravo']);

    await library(page).getByRole('combobox', { name: 'Sort by' }).selectOption({ label: 'Title' });
    await expect.poll(() => titlesInList(page)).toEqual(['Alpha', 'Bravo', 'Charlie']);
    await library(page).getByRole('button', { name: 'A to Z' }).click();
    await expect(library(page).getByRole('button', { name: 'Z to A' })).toBeVisible();
    await expect.poll(() => titlesInList(page)).toEqual(['Charlie', 'Bravo', 'Alpha']);
    await library(page).getByRole('combobox', { name: 'Sort by' }).selectOption({ label: 'Date published' });
    await expect.poll(() => titlesInList(page)).toEqual(['Alpha', 'Charlie', 'Bravo']);
    await library(page).getByRole('combobox', { name: 'Sort by' }).selectOption({ label: 'Outlet' });
    await expect.poll(() => titlesInList(page)).toEqual(['Charlie', 'Alpha', 'Bravo']);

    await library(page).getByRole('button', { name: 'Filters' }).click();
    const filters = library(page).getByRole('group', { name: 'Filters' });
    await filters.getByRole('combobox', { name: 'Outlet' }).selectOption({ label: 'TASS (1)' });
    await expect.poll(() => titlesInList(page)).toEqual(['Bravo']);
    await expect(filters).toContainText('1 of 3 documents');
    await filters.getByRole('combobox', { name: 'Outlet' }).selectOption({ label: 'All outlets' });

    await filters.getByLabel('Published from').fill('2019-01-01');
    await filters.getByLabel('Published to').fill('2021-12-31');
    await expect.poll(() => titlesInList(page)).toEqual(['Charlie']);

    await filters.getByRole('combobox', { name: 'Progress' }).selectOption({ label: 'All claims done' });
    await expect(library(page).getByRole('heading', { name: 'No documents match' })).toBeVisible();
    await library(page).getByRole('button', { name: 'Clear filters' }).last().click();
    await expect.poll(() => titlesInList(page)).toEqual(['Charlie', 'Alpha', 'Bravo']);
    await expect(library(page).getByRole('button', { name: /^Filters/ })).toHaveAccessibleName('Filters');
    expectCleanRun(guard, host);
  });

  test('keeps the order, the filters and the open document across a reload, while the document is there', async ({ page, host, guard }) => {
    const [bravo] = await importThreeDated(page, host);
    await openShell(page, host);
    await library(page).getByRole('combobox', { name: 'Sort by' }).selectOption({ label: 'Title' });
    await library(page).getByRole('button', { name: 'A to Z' }).click();
    await expect.poll(() => titlesInList(page)).toEqual(['Charlie', 'Bravo', 'Alpha']);
    await library(page).getByRole('button', { name: 'Filters' }).click();
    await library(page).getByRole('group', { name: 'Filters' }).getByLabel('Published to').fill('2021-12-31');
    await expect.poll(() => titlesInList(page)).toEqual(['Charlie', 'Bravo']);
    await documentList(page).getByRole('option', { name: /Bravo/ }).click();
    await expect(await readerText(page)).toContainText('talks number 0');

    await page.reload();
    await expect(page.locator('body')).toHaveAttribute('data-ready', 'true');
    await expect(library(page).getByRole('combobox', { name: 'Sort by' })).toHaveValue('title');
    await expect(library(page).getByRole('button', { name: 'Z to A' })).toBeVisible();
    await expect.poll(() => titlesInList(page)).toEqual(['Charlie', 'Bravo']);
    await expect(await readerText(page)).toContainText('talks number 0');
    await expect(documentList(page).getByRole('option', { name: /Bravo/ })).toHaveAttribute('aria-selected', 'true');

    // Deleted meanwhile (from another window, the command line): the reader starts empty, the order stays.
    await callApi(page, host, 'documents.delete', { id: bravo });
    await page.reload();
    await expect(page.locator('body')).toHaveAttribute('data-ready', 'true');
    await expect.poll(() => titlesInList(page)).toEqual(['Charlie']);
    await expect(reader(page).getByRole('heading', { name: 'Select a document to read it' })).toBeVisible();
    // Asking for the deleted document is answered 404, which Chromium logs.
    expectCleanRun(guard, host, withoutHttpErrors(guard.consoleErrors, 404));
  });

  test('deletes a document after asking, and Undo brings it back', async ({ page, host, guard }) => {
    await importThreeDated(page, host);
    await openShell(page, host);
    const bravo = documentList(page).getByRole('option', { name: /Bravo/ });
    await bravo.click();
    await readerText(page);

    // Thinking better of it leaves everything as it was.
    await reader(page).getByRole('button', { name: 'Delete…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete document?' });
    await expect(dialog).toContainText('Bravo: Kremlin Says No Date Set for Summit');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toBeHidden();
    await expect(bravo).toBeVisible();

    // From the keyboard: the Delete key on the selected row.
    await documentList(page).focus();
    await page.keyboard.press('Delete');
    await expect(dialog.getByRole('button', { name: 'Delete' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(dialog).toBeHidden();
    const notice = page.getByRole('status').filter({ hasText: "Deleted 'Bravo: Kremlin Says No Date Set for Summit'" });
    await expect(notice).toBeVisible();
    await expect(bravo).toHaveCount(0);
    await expect(reader(page).getByRole('heading', { name: 'Select a document to read it' })).toBeVisible();
    await expect(page.getByRole('banner').getByRole('list', { name: 'Workbench contents' })).toContainText('2 documents');

    await notice.getByRole('button', { name: 'Undo' }).click();
    await expect(bravo).toBeVisible();
    await expect(reader(page).getByRole('heading', { name: 'Bravo: Kremlin Says No Date Set for Summit' })).toBeVisible();
    await expect(page.getByRole('banner').getByRole('list', { name: 'Workbench contents' })).toContainText('3 documents');

    // The row's context menu offers the same.
    await documentList(page)
      .getByRole('option', { name: /Charlie/ })
      .click({ button: 'right' });
    await page.getByRole('menuitem', { name: 'Delete…' }).click();
    await dialog.getByRole('button', { name: 'Delete' }).click();
    await expect(documentList(page).getByRole('option', { name: /Charlie/ })).toHaveCount(0);
    expectCleanRun(guard, host);
  });

  test('shows documents imported elsewhere without a reload', async ({ page, host, guard }) => {
    await openShell(page, host);
    await expect(library(page).getByRole('heading', { name: 'No documents yet' })).toBeVisible();
    await importThroughApi(page, host, fixtureFile('grid-strike-with-comments.txt'));
    await expect(documentList(page).getByRole('option', { name: /Strikes on Power Grid/ })).toBeVisible();
    await expect(library(page).getByRole('tab', { name: /Documents/ })).toContainText('1');
    expectCleanRun(guard, host);
  });
});
