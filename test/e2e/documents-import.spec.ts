import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import type { Route } from '@playwright/test';

import {
  callApi,
  expectCleanRun,
  fixtureFile,
  fixtureText,
  importSummary,
  importThroughChooser,
  library,
  openDocument,
  reader,
  readerText,
  textFile,
} from './support/documents.js';
import { expect, openShell, test } from './support/fixtures.js';

const ARTICLE_TITLE = 'Strikes on Power Grid Leave Eastern Districts Without Heating';
const HOSTILE_TITLE = 'Port authority denies reports of fuel shortage';

/** A short article with its own headline, so every generated file is a different document. */
function article(number: number): string {
  return [
    `Convoy Report Number ${number} From the Northern Crossing`,
    `Officials said convoy ${number} crossed the northern checkpoint on Monday, according to the border service.`,
    `A spokesman told reporters that the ${number}th convoy carried medical supplies and fuel.`,
  ].join('\n\n');
}

test.describe('importing documents', () => {
  test('imports an article and a hostile web page through the file chooser without running the page', async ({ page, host, guard }) => {
    await openShell(page, host);
    await importThroughChooser(page, [fixtureFile('grid-strike-with-comments.txt'), fixtureFile('hostile-page.html')]);

    const summary = importSummary(page);
    await expect(summary.getByRole('heading', { name: 'Import complete' })).toBeVisible();
    await expect(summary.getByRole('status')).toHaveText('2 imported');
    await summary.getByRole('button', { name: 'Done' }).click();
    await expect(summary).toBeHidden();
    await expect(library(page).getByRole('tab', { name: /Documents/ })).toContainText('2');

    const hostile = await openDocument(page, new RegExp(HOSTILE_TITLE));
    await expect(hostile).toContainText('The port authority on Saturday denied reports that fuel deliveries');
    await expect(hostile).toContainText('queues at the terminals were no longer than usual');
    await expect(reader(page).getByRole('heading', { name: HOSTILE_TITLE })).toBeVisible();
    await expect(reader(page)).toContainText('The Coastal Ledger');
    // Nothing of the page's markup survives as markup: no script ran, no image or frame was made.
    const ran = await page.evaluate(() => {
      const scope = window as unknown as Record<string, unknown>;
      return ['__hostileScriptRan', '__hostileOnloadRan', '__hostileOnerrorRan', '__hostileLinkRan'].filter((name) => name in scope);
    });
    expect(ran).toEqual([]);
    await expect(page).toHaveTitle('Claimtrace');
    await expect(reader(page).locator('img, iframe, script, a[href]')).toHaveCount(0);

    const article = await openDocument(page, new RegExp(ARTICLE_TITLE));
    await expect(article).toContainText('A wave of overnight strikes on the regional power grid');
    await expect(reader(page).getByRole('button', { name: /Reader comments — not part of the article/ })).toBeVisible();
    await expect(article.getByRole('region', { name: 'Reader comments' })).toContainText('Marek from Gdansk');
    expectCleanRun(guard, host);
  });

  test('opens a single imported file straight away', async ({ page, host, guard }) => {
    await openShell(page, host);
    await importThroughChooser(page, [fixtureFile('drone-talks-fa.txt')]);
    const text = await readerText(page);
    await expect(text).toContainText('خبرگزاری تاس');
    // Persian is set right to left and tagged with its language, for shaping and screen readers.
    await expect(text).toHaveCSS('direction', 'rtl');
    await expect(text).toHaveAttribute('lang', 'fa');
    await expect(reader(page).getByText('Persian')).toBeVisible();
    expectCleanRun(guard, host);
  });

  test('imports files and folders dropped anywhere on the window', async ({ page, host, guard }) => {
    await openShell(page, host);
    const files = [
      { name: 'grid-strike-with-comments.txt', text: fixtureText('grid-strike-with-comments.txt'), type: 'text/plain' },
      { name: 'convoy-7.md', text: article(7), type: 'text/markdown' },
    ];
    const transfer = await page.evaluateHandle((entries) => {
      const data = new DataTransfer();
      for (const entry of entries) data.items.add(new File([entry.text], entry.name, { type: entry.type }));
      return data;
    }, files);

    await reader(page).dispatchEvent('dragenter', { dataTransfer: transfer });
    await expect(page.getByText('Drop to import')).toBeVisible();
    await reader(page).dispatchEvent('drop', { dataTransfer: transfer });
    await expect(page.getByText('Drop to import')).toBeHidden();

    const summary = importSummary(page);
    await expect(summary.getByRole('status')).toHaveText('2 imported');
    const documents = library(page).getByRole('listbox', { name: 'Documents' });
    await expect(documents.getByRole('option', { name: new RegExp(ARTICLE_TITLE) })).toBeVisible();
    await expect(documents.getByRole('option', { name: /Convoy Report Number 7/ })).toBeVisible();
    expectCleanRun(guard, host);
  });

  test('imports a folder, skipping hidden and foreign files, and explains duplicates and failures', async ({ page, host, guard }) => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'claimtrace-folder-'));
    try {
      fs.mkdirSync(path.join(folder, 'wires', '2023'), { recursive: true });
      fs.mkdirSync(path.join(folder, '.cache'));
      fs.writeFileSync(path.join(folder, 'grid-strike.txt'), fixtureText('grid-strike-with-comments.txt'));
      fs.writeFileSync(path.join(folder, 'wires', '2023', 'convoy-1.md'), article(1));
      fs.writeFileSync(path.join(folder, 'wires', 'grid-strike-copy.txt'), fixtureText('grid-strike-with-comments.txt'));
      fs.writeFileSync(path.join(folder, 'wires', 'broken-scan.pdf'), '%PDF-1.7\nthis is not really a PDF\n%%EOF');
      fs.writeFileSync(path.join(folder, '.DS_Store'), 'finder metadata');
      fs.writeFileSync(path.join(folder, '.cache', 'draft.txt'), article(99));
      fs.writeFileSync(path.join(folder, 'budget.xlsx'), 'PK not a document');

      await openShell(page, host);
      await library(page).getByRole('button', { name: 'More ways to import' }).click();
      const chooser = page.waitForEvent('filechooser');
      await page.getByRole('menuitem', { name: 'Import folder…' }).click();
      await (await chooser).setFiles(folder);

      const summary = importSummary(page);
      await expect(summary.getByRole('heading', { name: 'Import finished with problems' })).toBeVisible();
      await expect(summary.getByRole('status')).toHaveText('2 imported · 1 duplicate skipped · 1 failed');
      await expect(summary).toContainText('3 files were skipped inside folders');
      const failed = summary.getByRole('list', { name: 'Files that failed' }).getByRole('listitem');
      await expect(failed).toHaveCount(1);
      await expect(failed).toContainText('broken-scan.pdf');
      await expect(failed).toContainText(/PDF/);
      const duplicates = summary.getByRole('list', { name: 'Duplicates skipped' }).getByRole('listitem');
      await expect(duplicates).toHaveCount(1);
      await expect(duplicates.first()).toContainText(/grid-strike(-copy)?\.txt/);
      await expect(duplicates.first()).toContainText(ARTICLE_TITLE);

      // The summary stays until it is dismissed.
      await expect(library(page).getByRole('listbox', { name: 'Documents' }).getByRole('option')).toHaveCount(2);
      await summary.getByRole('button', { name: 'Dismiss import summary' }).click();
      await expect(summary).toBeHidden();
      expectCleanRun(guard, host);
    } finally {
      fs.rmSync(folder, { recursive: true, force: true });
    }
  });

  test('stops a long import after the current file when cancelled', async ({ page, host, guard }) => {
    await openShell(page, host);
    // The second file is held at the host's door until Cancel has been pressed, so the test does
    // not race the import.
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    let sent = 0;
    await page.route('**/api/documents.importFile', async (route: Route) => {
      sent += 1;
      if (sent === 2) await held;
      await route.continue();
    });

    await importThroughChooser(
      page,
      Array.from({ length: 10 }, (_, i) => textFile(`convoy-${i + 1}.txt`, article(i + 1))),
    );
    const progress = library(page).getByRole('progressbar', { name: 'Import progress' });
    await expect(progress).toHaveAttribute('aria-valuenow', '1');
    await expect(library(page)).toContainText('2 of 10');
    await expect(library(page)).toContainText('convoy-2.txt');
    // The window stays usable while files are sent.
    await page.getByRole('tab', { name: /Sources/ }).click();
    await expect(page.getByRole('listbox', { name: 'Sources' })).toBeVisible();
    await page.getByRole('tab', { name: /Documents/ }).click();

    await library(page).getByRole('button', { name: 'Cancel' }).click();
    await expect(library(page).getByRole('heading', { name: 'Stopping after this file…' })).toBeVisible();
    release();

    const summary = importSummary(page);
    await expect(summary.getByRole('heading', { name: 'Import cancelled' })).toBeVisible();
    await expect(summary.getByRole('status')).toHaveText('2 imported · 8 not imported');
    expect(sent).toBe(2);
    const listed = await callApi<{ total: number }>(page, host, 'documents.list', {});
    expect(listed.total).toBe(2);
    await expect(library(page).getByRole('listbox', { name: 'Documents' }).getByRole('option')).toHaveCount(2);
    expectCleanRun(guard, host);
  });

  test('reports a file over 20 MB as failed without sending it', async ({ page, host, guard }) => {
    await openShell(page, host);
    // Made in the page: a 26 MB file is dropped, and only its size is ever looked at.
    const transfer = await page.evaluateHandle((text) => {
      const data = new DataTransfer();
      data.items.add(new File([new Uint8Array(26 * 1024 * 1024)], 'scanned-archive.pdf', { type: 'application/pdf' }));
      data.items.add(new File([text], 'convoy-3.txt', { type: 'text/plain' }));
      return data;
    }, article(3));
    await reader(page).dispatchEvent('drop', { dataTransfer: transfer });
    const summary = importSummary(page);
    await expect(summary.getByRole('status')).toHaveText('1 imported · 1 failed');
    await expect(summary.getByRole('list', { name: 'Files that failed' })).toContainText(
      'scanned-archive.pdf is 26 MB; files larger than 20 MB are not imported.',
    );
    expect(guard.requests.filter((url) => url.endsWith('/api/documents.importFile'))).toHaveLength(1);
    expectCleanRun(guard, host);
  });

  test('makes a document of pasted text', async ({ page, host, guard }) => {
    await openShell(page, host);
    await library(page).getByRole('button', { name: 'More ways to import' }).click();
    await page.getByRole('menuitem', { name: 'Paste text…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Paste text' });
    await expect(dialog.getByRole('textbox', { name: 'Text' })).toBeFocused();
    await expect(dialog.getByRole('button', { name: 'Import' })).toBeDisabled();
    await dialog.getByRole('textbox', { name: 'Title (optional)' }).fill('Ceasefire statement as pasted');
    await dialog
      .getByRole('textbox', { name: 'Text' })
      .fill('The ministry said the ceasefire would hold.\n\nA spokesman told TASS the talks would resume on Friday.');
    await dialog.getByRole('button', { name: 'Import' }).click();
    await expect(dialog).toBeHidden();

    const text = await readerText(page);
    await expect(text).toContainText('A spokesman told TASS the talks would resume on Friday.');
    await expect(reader(page).getByRole('heading', { name: 'Ceasefire statement as pasted' })).toBeVisible();

    // The same text again is recognised, and the existing document is offered instead.
    await library(page).getByRole('button', { name: 'More ways to import' }).click();
    await page.getByRole('menuitem', { name: 'Paste text…' }).click();
    await dialog
      .getByRole('textbox', { name: 'Text' })
      .fill('The ministry said the ceasefire would hold.\n\nA spokesman told TASS the talks would resume on Friday.');
    await dialog.getByRole('button', { name: 'Import' }).click();
    await expect(dialog.getByRole('alert')).toContainText('already in the workbench');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    expectCleanRun(guard, host);
  });

  test('offers every way in from the empty library', async ({ page, host, guard }) => {
    await openShell(page, host);
    const empty = library(page).getByRole('tabpanel');
    await expect(empty.getByRole('heading', { name: 'No documents yet' })).toBeVisible();
    await expect(empty.getByRole('button', { name: 'Import folder…' })).toBeVisible();
    await empty.getByRole('button', { name: 'Paste text…' }).click();
    await expect(page.getByRole('dialog', { name: 'Paste text' })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog', { name: 'Paste text' })).toBeHidden();
    // The toolbar has one "Import…" button, the empty state the other.
    const importButtons = empty.getByRole('button', { name: 'Import…', exact: true });
    await expect(importButtons).toHaveCount(2);
    const chooser = page.waitForEvent('filechooser');
    await importButtons.last().click();
    const first = await chooser;
    expect(first.isMultiple()).toBe(true);
    // Answered with nothing, as a person cancelling would: a chooser left open holds back the next.
    await first.setFiles([]);

    // And from the keyboard.
    const again = page.waitForEvent('filechooser');
    await page.keyboard.press('Control+i');
    expect((await again).isMultiple()).toBe(true);
    expectCleanRun(guard, host);
  });
});
