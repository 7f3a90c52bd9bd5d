// A saved web page whose navigation, glossary box and menus come before the article: the reader
// opens at the article with the page furniture folded into one line, the reviewer can unfold it,
// move where the article starts or give the whole page back to the article, and detection never
// proposes anything from the furniture.
import fs from 'node:fs';
import path from 'node:path';

import type { Page } from '@playwright/test';

import type { DocumentDetail } from '../../core/domain.js';
import type { BrowserHost } from './support/browser-host.js';
import { callApi, expectCleanRun, importThroughApi, openDocument, reader, readerText, textFile } from './support/documents.js';
import { expect, openShell, test } from './support/fixtures.js';

const PAGE = fs.readFileSync(path.resolve(import.meta.dirname, '../fixtures/article-start/levant-glossary-page.txt'), 'utf8');
const TITLE = /Government Forces Reopen Damascus-Amman Highway/;
const SCREENS = process.env.CLAIMTRACE_SCREENS ?? '/tmp/screens';

function furnitureToggle(page: Page) {
  return reader(page).getByRole('button', { name: /^Page text before the article · \d+ lines/ });
}

async function importPage(page: Page, host: BrowserHost): Promise<string> {
  return importThroughApi(page, host, textFile('levant-monitor-highway.txt', PAGE));
}

async function stored(page: Page, host: BrowserHost, id: string): Promise<DocumentDetail> {
  return callApi<DocumentDetail>(page, host, 'documents.get', { id });
}

test.describe('page text before the article', () => {
  test('opens at the article, unfolds the furniture, and lets the reviewer move or clear the start', async ({ page, host, guard }) => {
    const id = await importPage(page, host);
    const detected = (await stored(page, host, id)).articleStart;
    expect(detected).not.toBeNull();

    await openShell(page, host);
    const text = await openDocument(page, TITLE);
    const furniture = text.getByRole('region', { name: 'Page text before the article' });
    const toggle = furnitureToggle(page);
    const dateline = text.getByRole('paragraph').filter({ hasText: /^Wednesday 17 October 2018/ });

    // Folded: one line, then the article's own header; none of the menus is on screen.
    await expect(toggle).toBeVisible();
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(toggle).toContainText(/· \d+ lines/);
    await expect(furniture).toBeHidden();
    await expect(text.getByText("Editor's Choice")).toBeHidden();
    await expect(dateline).toBeVisible();
    expect((await toggle.boundingBox())!.y).toBeLessThan((await dateline.boundingBox())!.y);

    // Detection proposes from the article only, not from the glossary definition that credits Fars.
    await reader(page).getByRole('button', { name: 'Suggest attributions' }).click();
    const items = page.getByRole('list', { name: 'Suggestions' }).getByRole('listitem', { name: /^Suggestion:/ });
    await expect(items.first()).toBeVisible();
    await expect(items.filter({ hasText: 'United Nations' })).toHaveCount(1);
    await expect(items.filter({ hasText: /Fars|Zaidi/ })).toHaveCount(0);

    // Unfolded from the keyboard: dimmed, set apart, and the article still follows it.
    await toggle.focus();
    await page.keyboard.press('Enter');
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await expect(furniture).toBeVisible();
    await expect(furniture).toContainText("Editor's Choice");
    await expect(furniture).toContainText('Muslim Brotherhood');
    await expect(furniture).not.toContainText('Government Forces Reopen');

    // The reviewer moves the start down to the first paragraph of the body.
    const body = text.getByRole('paragraph').filter({ hasText: /^Levant Monitor- The highway/ });
    await body.hover();
    await reader(page).getByRole('button', { name: 'Article starts here' }).click();
    await expect(furniture).toContainText('Government Forces Reopen');
    const moved = PAGE.replace(/  +/g, ' ').indexOf('Levant Monitor- The highway');
    await expect.poll(async () => (await stored(page, host, id)).articleStart).toBe(moved);

    await page.reload();
    await expect(page.locator('body')).toHaveAttribute('data-ready', 'true');
    const reloaded = await openDocument(page, TITLE);
    await expect(furnitureToggle(page)).toHaveAttribute('aria-expanded', 'false');
    await expect(reloaded.getByRole('paragraph').filter({ hasText: /^Levant Monitor- The highway/ })).toBeVisible();
    await expect(reloaded.getByText('Wednesday 17 October 2018')).toBeHidden();

    // The paragraph menu moves it back up, from the keyboard as from the pointer.
    await furnitureToggle(page).click();
    const reloadedFurniture = reloaded.getByRole('region', { name: 'Page text before the article' });
    await reloadedFurniture
      .getByRole('paragraph')
      .filter({ hasText: /^Wednesday 17 October 2018/ })
      .click({ button: 'right' });
    await page.getByRole('menuitem', { name: 'Article starts here' }).click();
    await expect.poll(async () => (await stored(page, host, id)).articleStart).toBe(detected);
    await expect(reloadedFurniture).not.toContainText('Government Forces Reopen');

    // Cleared: the whole page is the article again, and stays so.
    await reader(page).getByRole('button', { name: 'Show the whole page as the article' }).click();
    await expect(furnitureToggle(page)).toHaveCount(0);
    await expect(reloaded.getByRole('region', { name: 'Page text before the article' })).toHaveCount(0);
    await expect(reloaded.getByText("Editor's Choice")).toBeVisible();
    await expect.poll(async () => (await stored(page, host, id)).articleStart).toBeNull();
    await page.reload();
    await expect(page.locator('body')).toHaveAttribute('data-ready', 'true');
    const cleared = await openDocument(page, TITLE);
    await expect(cleared.getByText("Editor's Choice")).toBeVisible();
    await expect(furnitureToggle(page)).toHaveCount(0);
    expectCleanRun(guard, host);
  });

  test('a search hit in the furniture unfolds it, and claims made there still show', async ({ page, host, guard }) => {
    const id = await importPage(page, host);
    const text = (await stored(page, host, id)).text;
    const words = 'Muslim Brotherhood';
    const start = text.indexOf(words);
    await callApi(page, host, 'claims.create', { documentId: id, start, end: start + words.length, hops: [] });

    await openShell(page, host);
    await openDocument(page, TITLE);
    await expect(furnitureToggle(page)).toHaveAttribute('aria-expanded', 'false');
    await page.getByRole('searchbox', { name: 'Search documents' }).fill('Brotherhood');
    await page.getByRole('listbox', { name: 'Search results' }).getByRole('option', { name: TITLE }).click();
    const shown = await readerText(page);
    await expect(furnitureToggle(page)).toHaveAttribute('aria-expanded', 'true');
    const region = shown.getByRole('region', { name: 'Page text before the article' });
    await expect(region).toBeVisible();
    await expect(region.locator('mark', { hasText: words })).toBeVisible();
    expectCleanRun(guard, host);
  });
});

test.describe('screens', () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  test('article start screens, light and dark', async ({ page, host, guard }) => {
    await importPage(page, host);
    await openShell(page, host);
    for (const theme of ['light', 'dark'] as const) {
      await callApi(page, host, 'settings.update', { theme });
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      const text = await openDocument(page, TITLE);
      const toggle = furnitureToggle(page);
      if ((await toggle.getAttribute('aria-expanded')) === 'true') await toggle.click();
      await page.screenshot({ path: `${SCREENS}/article-start-folded-${theme}.png`, animations: 'disabled' });
      await toggle.click();
      await text
        .getByRole('paragraph')
        .filter({ hasText: /^Most Viewed$/ })
        .hover();
      await expect(reader(page).getByRole('button', { name: 'Article starts here' })).toBeVisible();
      await page.screenshot({ path: `${SCREENS}/article-start-unfolded-${theme}.png`, animations: 'disabled' });
      await text
        .getByRole('paragraph')
        .filter({ hasText: /^Kurds$/ })
        .first()
        .click({ button: 'right' });
      await expect(page.getByRole('menuitem', { name: 'Article starts here' })).toBeVisible();
      await page.screenshot({ path: `${SCREENS}/article-start-menu-${theme}.png`, animations: 'disabled' });
      await page.keyboard.press('Escape');
      await toggle.click();
    }
    expectCleanRun(guard, host);
  });
});
