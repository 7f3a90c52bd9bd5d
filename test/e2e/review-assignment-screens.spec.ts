// Screens of claim assignment in both colour schemes, for looking at, not asserting pixels: the
// inspector's "Assigned to" field and the queue filtered to one reviewer's claims.
import fs from 'node:fs';

import { ARTICLE_TITLE, CLAIM_QUOTES, openReview, queueList, REVIEWER, setUpReview } from './review-support.js';
import { callApi, expectCleanRun, openDocument } from './support/documents.js';
import { expect, openShell, test } from './support/fixtures.js';

const SCREENS = '/tmp/screens';

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`assignment screens, ${scheme}`, () => {
    test.use({ colorScheme: scheme, viewport: { width: 1440, height: 900 } });

    test(`inspector field and queue filters (${scheme})`, async ({ page, host, guard }) => {
      fs.mkdirSync(SCREENS, { recursive: true });
      const { claims } = await setUpReview(page, host);
      await callApi(page, host, 'claims.update', { id: claims[1]!.id, patch: { assignee: 'Omid Karimi', tags: ['terminals'] } });
      await callApi(page, host, 'claims.update', { id: claims[0]!.id, patch: { assignee: REVIEWER } });

      await openShell(page, host);
      await openDocument(page, ARTICLE_TITLE);
      await page.locator('.claim-mark', { hasText: CLAIM_QUOTES[1] }).first().click();
      const panel = page.getByRole('complementary', { name: 'Inspector' }).getByRole('region', { name: 'Claim' });
      const field = panel.getByRole('combobox', { name: 'Assigned to' });
      await expect(field).toHaveValue('Omid Karimi');
      await field.scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${SCREENS}/assign-inspector-${scheme}.png` });

      await callApi(page, host, 'settings.update', { reviewerName: '' });
      // The window has heard that the name is gone (the status bar asks for one) before the click.
      await expect(page.getByRole('contentinfo').getByRole('button', { name: 'Set your reviewer name' })).toBeVisible();
      await expect(panel.getByRole('button', { name: 'Assign to me' })).toBeEnabled();
      await panel.getByRole('button', { name: 'Assign to me' }).click();
      await expect(panel.getByRole('button', { name: 'Open Settings' })).toBeVisible();
      await page.screenshot({ path: `${SCREENS}/assign-inspector-no-name-${scheme}.png` });
      await callApi(page, host, 'settings.update', { reviewerName: REVIEWER });

      const review = await openReview(page);
      await expect(queueList(page).getByRole('option')).toHaveCount(3);
      await page.screenshot({ path: `${SCREENS}/assign-queue-${scheme}.png` });
      await review.getByRole('button', { name: 'Mine' }).click();
      await expect(queueList(page).getByRole('option')).toHaveCount(1);
      await page.screenshot({ path: `${SCREENS}/assign-queue-mine-${scheme}.png` });
      expectCleanRun(guard, host);
    });
  });
}
