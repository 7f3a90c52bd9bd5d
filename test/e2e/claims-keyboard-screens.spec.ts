// Screenshots of the reader's sentence cursor for review, light and dark, at the desktop size and
// at 1024 × 700: one sentence over a claim, an extension over two, and the inspector's jump keys.
import type { Page } from '@playwright/test';

import type { Claim } from '../../core/domain.js';
import { ARTICLE, ARTICLE_TITLE, documentText, importArticle, inspector } from './claims-helpers.js';
import { callApi, expectCleanRun, openDocument, reader } from './support/documents.js';
import { expect, openShell, test } from './support/fixtures.js';

const SCREENS = process.env.CLAIMTRACE_SCREENS ?? '/tmp/screens';

async function claim(page: Page, host: Parameters<typeof importArticle>[1], documentId: string, words: string) {
  const start = ARTICLE.indexOf(words);
  return callApi<Claim>(page, host, 'claims.create', { documentId, start, end: start + words.length });
}

const SIZES = [
  { name: '1440', width: 1440, height: 900 },
  { name: '1024', width: 1024, height: 700 },
] as const;

test('sentence cursor screens', async ({ page, host, guard }) => {
  const documentId = await importArticle(page, host);
  await claim(page, host, documentId, 'We will not hand over our heavy weapons');
  await claim(page, host, documentId, 'the deadline passed without incident');

  await openShell(page, host);
  for (const size of SIZES) {
    await page.setViewportSize({ width: size.width, height: size.height });
    for (const theme of ['light', 'dark'] as const) {
      await callApi(page, host, 'settings.update', { theme });
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      await openDocument(page, ARTICLE_TITLE);
      const text = documentText(page);
      await text.focus();
      // Onto the quoted sentence, which holds a claim.
      for (const key of ['Home', 'ArrowDown', 'ArrowDown', 'ArrowDown']) await page.keyboard.press(key);
      await expect(reader(page).locator('.sentence-cursor-hint')).toContainText('Sentence 4 of 7');
      await page.screenshot({ path: `${SCREENS}/keys-cursor-${size.name}-${theme}.png` });

      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Shift+ArrowDown');
      await expect(reader(page).locator('.sentence-cursor-hint')).toContainText('Sentences 5–6 of 7');
      await page.screenshot({ path: `${SCREENS}/keys-extended-${size.name}-${theme}.png` });

      await page.keyboard.press('Shift+F10');
      const menu = page.getByRole('menu', { name: 'Paragraph' });
      await expect(menu).toBeVisible();
      await menu.evaluate((element) => Promise.all(element.getAnimations().map((animation) => animation.finished)));
      await page.screenshot({ path: `${SCREENS}/keys-menu-${size.name}-${theme}.png` });
      await page.keyboard.press('Escape');

      await page.keyboard.press('c');
      await expect(inspector(page).getByRole('region', { name: 'Claim' })).toBeVisible();
      await page.keyboard.press('v');
      // No verdict yet: the checked option, "No verdict", has the focus.
      await expect(
        inspector(page)
          .getByRole('radiogroup', { name: 'Verdict' })
          .getByRole('radio', { name: /^No verdict/ }),
      ).toBeFocused();
      await page.screenshot({ path: `${SCREENS}/keys-inspector-${size.name}-${theme}.png` });
      await inspector(page).getByRole('button', { name: 'Delete claim' }).click();
      await page.getByRole('region', { name: 'Notifications' }).getByRole('button', { name: 'Dismiss' }).click();
    }
  }
  expectCleanRun(guard, host);
});
