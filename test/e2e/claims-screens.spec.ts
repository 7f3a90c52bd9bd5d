// Screenshots of the claims screens, light and dark, for review: the reader with claims coloured
// by status and verdict, the inspector with a chain, and suggestions on the text.
import type { Page } from '@playwright/test';

import type { RatingInUse } from '../../core/api/ratings.js';
import type { Claim } from '../../core/domain.js';
import { ARTICLE, ARTICLE_TITLE, importArticle, inspector, marksWith } from './claims-helpers.js';
import { callApi, expectCleanRun, openDocument, reader } from './support/documents.js';
import { expect, openShell, test } from './support/fixtures.js';

const SCREENS = process.env.CLAIMTRACE_SCREENS ?? '/tmp/screens';

test.use({ viewport: { width: 1440, height: 900 } });

async function claim(page: Page, host: Parameters<typeof importArticle>[1], documentId: string, words: string, hops: unknown[] = []) {
  const start = ARTICLE.indexOf(words);
  return callApi<Claim>(page, host, 'claims.create', { documentId, start, end: start + words.length, hops });
}

async function setTheme(page: Page, host: Parameters<typeof importArticle>[1], theme: 'light' | 'dark') {
  await callApi(page, host, 'settings.update', { theme });
  await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
}

test('claims screens', async ({ page, host, guard }) => {
  const documentId = await importArticle(page, host);
  const afp = (await callApi<{ id: string; name: string }[]>(page, host, 'sources.list', { query: 'AFP' }))[0]!;
  const ratings = await callApi<RatingInUse[]>(page, host, 'ratings.list', {});
  const quote = await claim(page, host, documentId, '"We will not hand over our heavy weapons," NLF spokesman Naji Mustafa told AFP.', [
    { sourceId: afp.id, kind: 'quote' },
    { newSource: { name: 'NLF spokesman Naji Mustafa', kind: 'person' }, kind: 'quote' },
  ]);
  const inner = await claim(page, host, documentId, 'heavy weapons');
  const refused = await claim(
    page,
    host,
    documentId,
    'Turkish-backed militants in Syria refused to withdraw from a demilitarized zone in Idlib',
    [{ newSource: { name: 'local sources', kind: 'unnamed' }, kind: 'citing' }],
  );
  await claim(page, host, documentId, 'the deadline passed without incident');
  await callApi(page, host, 'claims.setStatus', { id: quote.id, status: 'in_progress' });
  await callApi(page, host, 'claims.setStatus', { id: inner.id, status: 'in_progress' });
  await callApi(page, host, 'claims.setStatus', { id: inner.id, status: 'in_review' });
  const falseRating = ratings.find((rating) => rating.key === 'false') ?? ratings.at(-1)!;
  await callApi(page, host, 'claims.setVerdict', { id: refused.id, ratingId: falseRating.id });
  await callApi(page, host, 'claims.update', {
    id: quote.id,
    patch: {
      statement: 'The NLF says it will keep its heavy weapons in the Idlib buffer zone.',
      claimant: 'Naji Mustafa',
      kind: 'quote',
      checkworthiness: 3,
      tags: ['idlib', 'weapons'],
    },
  });

  await openShell(page, host);
  for (const theme of ['light', 'dark'] as const) {
    await setTheme(page, host, theme);
    await openDocument(page, ARTICLE_TITLE);
    await marksWith(page, 'We will not hand over').first().click();
    await expect(inspector(page).getByRole('region', { name: 'Claim' })).toBeVisible();
    await expect(inspector(page).getByRole('list', { name: 'Hops' })).toContainText('NLF spokesman Naji Mustafa');
    await page.screenshot({ path: `${SCREENS}/claims-reader-inspector-${theme}.png` });
    await inspector(page).getByRole('list', { name: 'Hops' }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SCREENS}/claims-inspector-chain-${theme}.png` });

    await reader(page).getByRole('button', { name: 'Suggest attributions' }).click();
    const suggestions = inspector(page).getByRole('list', { name: 'Suggestions' }).getByRole('listitem');
    await expect(suggestions.first()).toBeVisible();
    await suggestions.first().hover();
    await page.screenshot({ path: `${SCREENS}/claims-suggestions-${theme}.png` });
    await inspector(page).getByRole('button', { name: 'Done' }).click();
  }
  expectCleanRun(guard, host);
});
