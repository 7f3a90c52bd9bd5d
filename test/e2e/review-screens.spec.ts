// Screens of the review workspace in both colour schemes, for looking at, not asserting pixels.
import fs from 'node:fs';

import { ARTICLE_TITLE, openReview, queueList, setUpReview, verification } from './review-support.js';
import { callApi, expectCleanRun } from './support/documents.js';
import { expect, openShell, test } from './support/fixtures.js';

const SCREENS = '/tmp/screens';

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`review screens, ${scheme}`, () => {
    test.use({ colorScheme: scheme, viewport: { width: 1440, height: 900 } });

    test(`queue, evidence, timeline and dashboard (${scheme})`, async ({ page, host, guard }) => {
      fs.mkdirSync(SCREENS, { recursive: true });
      const { claims, ratings } = await setUpReview(page, host);
      const [first, second] = [claims[0]!, claims[1]!];
      await callApi(page, host, 'claims.setVerdict', { id: first.id, ratingId: ratings[0]!.id });
      await callApi(page, host, 'claims.setRationale', {
        id: first.id,
        rationaleJson: null,
        rationaleText: 'The authority’s March bulletin gives the same figure.',
      });
      for (const status of ['in_progress', 'in_review', 'done']) await callApi(page, host, 'claims.setStatus', { id: first.id, status });
      await callApi(page, host, 'claims.setVerdict', { id: second.id, ratingId: ratings[4]!.id });
      await callApi(page, host, 'claims.setStatus', { id: second.id, status: 'in_progress' });
      await callApi(page, host, 'evidence.addUrl', {
        claimId: second.id,
        url: 'https://terminals.harbour.example/status',
        title: 'Terminal status page',
        stance: 'refuting',
        note: 'Lists one northern terminal as closed, not three.',
      });

      await openShell(page, host);
      const review = await openReview(page);
      const list = queueList(page);
      await list.getByRole('option').nth(1).click();
      const panel = verification(page);
      await expect(panel.getByRole('region', { name: 'Evidence' })).toContainText('Terminal status page');
      await page.screenshot({ path: `${SCREENS}/review-queue-${scheme}.png` });

      await panel.getByRole('button', { name: 'Add link' }).click();
      await panel.getByRole('textbox', { name: 'Web address' }).fill('https://union.example/statement');
      await panel.getByRole('form', { name: 'Add a link' }).scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${SCREENS}/review-evidence-link-form-${scheme}.png` });
      await panel.getByRole('button', { name: 'Cancel' }).click();

      await panel.getByRole('button', { name: 'Add passage' }).click();
      await panel.getByRole('button', { name: /Port Statistics Office/ }).click();
      await panel.getByRole('textbox', { name: 'Find the passage' }).fill('passenger numbers in March were 12 percent lower');
      await panel.getByRole('form', { name: 'Add a passage' }).scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${SCREENS}/review-evidence-passage-form-${scheme}.png` });
      await panel.getByRole('button', { name: 'Add passage' }).click();
      await expect(panel.getByRole('article', { name: /^Passage:/ })).toBeVisible();

      await list.getByRole('option').first().click();
      await panel.getByRole('region', { name: 'History' }).scrollIntoViewIfNeeded();
      await expect(panel.getByRole('region', { name: 'History' })).toContainText('Changed the status');
      await page.screenshot({ path: `${SCREENS}/review-timeline-${scheme}.png` });

      await review.getByRole('tab', { name: 'Dashboard' }).click();
      await expect(review.getByRole('region', { name: 'Claims by status' }).getByRole('button', { name: 'Done: 1' })).toBeVisible();
      await page.screenshot({ path: `${SCREENS}/review-dashboard-${scheme}.png` });
      await review.getByRole('region', { name: 'Verdict scale' }).scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${SCREENS}/review-scale-editor-${scheme}.png` });

      // The same panel in the claim inspector, beside the reader.
      await review.getByRole('button', { name: 'Back to documents' }).click();
      await page
        .getByRole('navigation', { name: 'Library' })
        .getByRole('option', { name: new RegExp(ARTICLE_TITLE) })
        .click();
      await page.locator('.claim-mark', { hasText: 'three of the five northern terminals' }).first().click();
      const inInspector = page.getByRole('complementary', { name: 'Inspector' }).getByRole('region', { name: 'Verification' });
      await expect(inInspector).toBeVisible();
      await inInspector.getByRole('group', { name: 'Status' }).scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${SCREENS}/review-inspector-${scheme}.png` });
      expectCleanRun(guard, host);
    });
  });
}
