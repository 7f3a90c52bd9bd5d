// Splitting the day's claims between reviewers: assigning claims in the claim inspector, then
// working through the review queue by the person they are assigned to.
import type { Page } from '@playwright/test';

import type { Claim } from '../../core/domain.js';
import { ARTICLE_TITLE, CLAIM_QUOTES, openReview, queueList, REVIEWER, setUpReview } from './review-support.js';
import { callApi, expectCleanRun, openDocument } from './support/documents.js';
import { expect, openShell, test } from './support/fixtures.js';

const COLLEAGUE = 'Omid Karimi';

function claimPanel(page: Page) {
  return page.getByRole('complementary', { name: 'Inspector' }).getByRole('region', { name: 'Claim' });
}

async function inspectClaim(page: Page, quote: string) {
  await page.locator('.claim-mark', { hasText: quote }).first().click();
  const panel = claimPanel(page);
  await expect(panel.getByRole('blockquote', { name: 'Quote' })).toHaveText(quote);
  return panel;
}

test.describe('assigning claims to reviewers', () => {
  test('assigns two claims to two people, then filters the queue by reviewer and by nobody', async ({ page, host, guard }) => {
    const { documentId } = await setUpReview(page, host);
    await openShell(page, host);
    await openDocument(page, ARTICLE_TITLE);

    // The first claim to the reviewer at this desk, with one click.
    let panel = await inspectClaim(page, CLAIM_QUOTES[0]);
    const assignee = panel.getByRole('combobox', { name: 'Assigned to' });
    await expect(assignee).toHaveValue('');
    await expect(assignee).toHaveAttribute('placeholder', 'Unassigned');
    await panel.getByRole('button', { name: 'Assign to me' }).click();
    await expect(assignee).toHaveValue(REVIEWER);
    await expect(panel.getByRole('button', { name: 'Unassign' })).toBeVisible();

    // The second to a colleague, by name; the picker offers the names the workbench knows.
    panel = await inspectClaim(page, CLAIM_QUOTES[1]);
    await expect(panel.locator('datalist option')).toHaveCount(1);
    await expect(panel.locator('datalist option').first()).toHaveAttribute('value', REVIEWER);
    await panel.getByRole('combobox', { name: 'Assigned to' }).fill(`  ${COLLEAGUE} `);
    await panel.getByRole('combobox', { name: 'Assigned to' }).press('Enter');
    await expect(panel.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
    await expect(panel.getByRole('combobox', { name: 'Assigned to' })).toHaveValue(COLLEAGUE);

    await expect
      .poll(async () => (await callApi<Claim[]>(page, host, 'claims.list', { documentId })).map((claim) => claim.assignee))
      .toEqual([REVIEWER, COLLEAGUE, null]);
    // The history says who assigned what.
    const history = panel.getByRole('region', { name: 'History' });
    await expect(history).toContainText(COLLEAGUE);

    // Going back to the first claim shows its own assignee, not the one just typed.
    panel = await inspectClaim(page, CLAIM_QUOTES[0]);
    await expect(panel.getByRole('combobox', { name: 'Assigned to' })).toHaveValue(REVIEWER);

    const review = await openReview(page);
    const list = queueList(page);
    await expect(list.getByRole('option')).toHaveCount(3);
    await expect(list.getByRole('option', { name: new RegExp(CLAIM_QUOTES[0]) })).toContainText(REVIEWER);
    await expect(list.getByRole('option', { name: new RegExp(CLAIM_QUOTES[1]) })).toContainText(COLLEAGUE);
    await expect(list.getByRole('option', { name: new RegExp(CLAIM_QUOTES[2]) })).toContainText('Unassigned');

    const reviewer = review.getByRole('combobox', { name: 'Reviewer' });
    await expect(reviewer.locator('option')).toHaveText(['Anyone', 'Unassigned', `${REVIEWER} (you)`, COLLEAGUE]);
    await reviewer.selectOption({ label: COLLEAGUE });
    await expect(list.getByRole('option')).toHaveCount(1);
    await expect(list.getByRole('option')).toContainText(CLAIM_QUOTES[1]);

    await reviewer.selectOption({ label: 'Unassigned' });
    await expect(list.getByRole('option')).toHaveCount(1);
    await expect(list.getByRole('option')).toContainText(CLAIM_QUOTES[2]);

    // "Mine" is the reviewer's own claims, and pressing it again shows everyone's.
    const mine = review.getByRole('button', { name: 'Mine' });
    await mine.click();
    await expect(mine).toHaveAttribute('aria-pressed', 'true');
    await expect(reviewer).toHaveValue(REVIEWER);
    await expect(list.getByRole('option')).toHaveCount(1);
    await expect(list.getByRole('option')).toContainText(CLAIM_QUOTES[0]);
    await mine.click();
    await expect(mine).toHaveAttribute('aria-pressed', 'false');
    await expect(list.getByRole('option')).toHaveCount(3);

    // The dashboard shows who has what, and a count leads back to exactly those claims.
    await review.getByRole('tab', { name: 'Dashboard' }).click();
    const workload = review.getByRole('region', { name: 'Workload by reviewer' });
    await expect(workload.getByRole('row')).toHaveCount(4);
    await expect(workload.getByRole('row').nth(3)).toContainText('Unassigned');
    await workload.getByRole('button', { name: `${COLLEAGUE}, Unreviewed: 1` }).click();
    await expect(reviewer).toHaveValue(COLLEAGUE);
    await expect(list.getByRole('option')).toHaveCount(1);
    await expect(list.getByRole('option')).toContainText(CLAIM_QUOTES[1]);
    expectCleanRun(guard, host);
  });

  test('sends a reviewer without a name to Settings before assigning to them', async ({ page, host, guard }) => {
    await setUpReview(page, host);
    await callApi(page, host, 'settings.update', { reviewerName: '' });
    await openShell(page, host);
    await openDocument(page, ARTICLE_TITLE);
    const panel = await inspectClaim(page, CLAIM_QUOTES[0]);

    await panel.getByRole('button', { name: 'Assign to me' }).click();
    await expect(panel.getByRole('status').filter({ hasText: 'Set your reviewer name in Settings first' })).toBeVisible();
    await expect(panel.getByRole('combobox', { name: 'Assigned to' })).toHaveValue('');
    await panel.getByRole('button', { name: 'Open Settings' }).click();
    const settings = page.getByRole('dialog', { name: 'Settings' });
    await settings.getByRole('textbox', { name: 'Reviewer name' }).fill(REVIEWER);
    await settings.getByRole('button', { name: 'Save' }).click();
    await expect(settings).toBeHidden();

    // With a name set the hint goes, and the same button now assigns.
    await expect(panel.getByRole('status').filter({ hasText: 'Set your reviewer name' })).toHaveCount(0);
    await panel.getByRole('button', { name: 'Assign to me' }).click();
    await expect(panel.getByRole('combobox', { name: 'Assigned to' })).toHaveValue(REVIEWER);
    expectCleanRun(guard, host);
  });
});
