// Screenshots of the suggestions panel for review, at a roomy and a tight window: a photo credit
// listed apart, a reader-comment suggestion starting at its commenter, cue stances, and the
// rejected suggestions unfolded.
import { openConvoy } from './claims-convoy.js';
import { inspector } from './claims-helpers.js';
import { callApi, expectCleanRun, reader } from './support/documents.js';
import { expect, test } from './support/fixtures.js';

const SHOTS = process.env.CLAIMTRACE_SUGGESTION_SHOTS ?? '/tmp/shots-suggestions';

const VIEWPORTS = [
  { width: 1440, height: 900 },
  { width: 1024, height: 700 },
];

test('suggestions panel screens', async ({ page, host, guard }) => {
  await callApi(page, host, 'settings.update', { reviewerName: 'Ana Ruiz' });
  await openConvoy(page, host);
  await reader(page).getByRole('checkbox', { name: 'Include reader comments' }).check();
  await reader(page).getByRole('button', { name: 'Suggest attributions' }).click();
  const cards = inspector(page)
    .getByRole('list', { name: 'Suggestions', exact: true })
    .getByRole('listitem', { name: /^Suggestion:/ });
  await expect(cards).toHaveCount(5);
  await cards.filter({ hasText: 'A humanitarian convoy' }).getByRole('button', { name: 'Reject' }).click();
  await cards.filter({ hasText: 'aid workers waited' }).getByRole('button', { name: 'Reject' }).click();
  await inspector(page).getByRole('button', { name: 'Rejected (2)' }).click();
  const comment = cards.filter({ hasText: 'the convoy turned back' });
  await comment.getByRole('checkbox', { name: 'Start the chain at Dana Holt' }).check();

  for (const viewport of VIEWPORTS) {
    await page.setViewportSize(viewport);
    const size = `${viewport.width}x${viewport.height}`;
    await inspector(page)
      .locator('.pane-body')
      .evaluate((pane) => pane.scrollTo(0, 0));
    await comment.hover();
    await page.screenshot({ path: `${SHOTS}/suggestions-${size}-top.png` });
    const rejected = inspector(page).getByRole('list', { name: 'Rejected', exact: true });
    await rejected.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/suggestions-${size}-rejected.png` });
  }

  // The stance outlines and the comment line must read as well on the dark theme.
  await callApi(page, host, 'settings.update', { theme: 'dark' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await inspector(page)
    .locator('.pane-body')
    .evaluate((pane) => pane.scrollTo(0, 0));
  await page.screenshot({ path: `${SHOTS}/suggestions-1024x700-dark.png` });
  await callApi(page, host, 'settings.update', { theme: 'light' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');

  // Everything decided: the rejected ones stay within reach under the empty state.
  await inspector(page).getByRole('button', { name: 'Accept all 3' }).click();
  await inspector(page).getByRole('button', { name: 'Make claim' }).click();
  await expect(inspector(page).getByRole('heading', { name: 'Nothing left to suggest' })).toBeVisible();
  for (const viewport of VIEWPORTS) {
    await page.setViewportSize(viewport);
    await page.screenshot({ path: `${SHOTS}/suggestions-${viewport.width}x${viewport.height}-all-decided.png` });
  }
  expectCleanRun(guard, host);
});
