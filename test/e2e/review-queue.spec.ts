import { CLAIM_QUOTES, openReview, queueList, setUpReview, verification } from './review-support.js';
import { callApi, expectCleanRun } from './support/documents.js';
import { expect, openShell, test } from './support/fixtures.js';

test.describe('the review queue', () => {
  test('reviews three claims from the keyboard and the dashboard follows', async ({ page, host, guard }) => {
    const { ratings } = await setUpReview(page, host);
    const [first, second, third] = [ratings[0]!, ratings[1]!, ratings[5]!];
    await openShell(page, host);
    const review = await openReview(page);
    const list = queueList(page);
    await expect(list.getByRole('option')).toHaveCount(3);
    await expect(review.getByRole('region', { name: 'Keyboard shortcuts' })).toContainText('Next claim');

    const panel = verification(page);
    const status = panel.getByRole('group', { name: 'Status' });
    const verdict = panel.getByRole('radiogroup', { name: 'Verdict' });
    const rationale = panel.getByRole('textbox', { name: 'Rationale' });

    // First claim: verdict by number key, rationale via R, then S three times to done.
    await list.focus();
    await expect(list.getByRole('option', { selected: true })).toContainText(CLAIM_QUOTES[0]);
    await page.keyboard.press('1');
    await expect(verdict.getByRole('radio', { name: first.label, exact: true })).toHaveAttribute('aria-checked', 'true');
    await page.keyboard.press('r');
    await expect(rationale).toBeFocused();
    await page.keyboard.type('The authority’s own March bulletin gives the same figure.');
    await page.keyboard.press('Escape');
    await expect(list).toBeFocused();
    for (const next of ['In progress', 'In review', 'Done']) {
      await page.keyboard.press('s');
      await expect(status.getByRole('button', { name: next })).toHaveAttribute('aria-pressed', 'true');
    }
    await expect(list.getByRole('option', { selected: true })).toContainText('Done');
    await expect(list.getByRole('option', { selected: true })).toContainText(first.label);

    // Second claim: finishing without a rationale is refused, with the rule spelled out.
    await page.keyboard.press('j');
    await expect(list.getByRole('option', { selected: true })).toContainText(CLAIM_QUOTES[1]);
    // Nothing of the previous claim shows under this one.
    await expect(rationale).toHaveText('');
    await expect(verdict.getByRole('radio', { name: 'No verdict' })).toHaveAttribute('aria-checked', 'true');
    await page.keyboard.press('2');
    await expect(verdict.getByRole('radio', { name: second.label, exact: true })).toHaveAttribute('aria-checked', 'true');
    await page.keyboard.press('s');
    await expect(status.getByRole('button', { name: 'In progress' })).toHaveAttribute('aria-pressed', 'true');
    await page.keyboard.press('s');
    await expect(status.getByRole('button', { name: 'In review' })).toHaveAttribute('aria-pressed', 'true');
    await expect(status.getByRole('button', { name: 'Done' })).toBeDisabled();
    await expect(panel).toContainText('Write the rationale before marking a claim done with a verdict.');
    await page.keyboard.press('s');
    await expect(panel.getByRole('alert')).toHaveText('Write the rationale before marking a claim done with a verdict.');
    await expect(status.getByRole('button', { name: 'In review' })).toHaveAttribute('aria-pressed', 'true');
    await page.keyboard.press('r');
    await page.keyboard.type('Terminal operators list only one northern closure.');
    await page.keyboard.press('Escape');
    await expect(status.getByRole('button', { name: 'Done' })).toBeEnabled();
    await page.keyboard.press('s');
    await expect(status.getByRole('button', { name: 'Done' })).toHaveAttribute('aria-pressed', 'true');
    await expect(panel.getByRole('alert')).toHaveCount(0);

    // Third claim, moving with the arrow key from outside the list.
    await page.keyboard.press('j');
    await expect(list.getByRole('option', { selected: true })).toContainText(CLAIM_QUOTES[2]);
    await page.keyboard.press('6');
    await expect(verdict.getByRole('radio', { name: third.label, exact: true })).toHaveAttribute('aria-checked', 'true');
    await page.keyboard.press('r');
    await page.keyboard.type('No repair schedule has been published.');
    await page.keyboard.press('Escape');
    for (const next of ['In progress', 'In review', 'Done']) {
      await page.keyboard.press('s');
      await expect(status.getByRole('button', { name: next })).toHaveAttribute('aria-pressed', 'true');
    }
    await page.keyboard.press('k');
    await expect(list.getByRole('option', { selected: true })).toContainText(CLAIM_QUOTES[1]);
    await expect(rationale).toContainText('Terminal operators list only one northern closure.');

    // The dashboard counts what was just done, and a bar segment leads back to the claims.
    await review.getByRole('tab', { name: 'Dashboard' }).click();
    const byStatus = review.getByRole('region', { name: 'Claims by status' });
    await expect(byStatus.getByRole('button', { name: 'Done: 3' })).toBeVisible();
    await expect(byStatus.getByRole('button', { name: 'Unreviewed: 0' })).toBeVisible();
    const byVerdict = review.getByRole('region', { name: 'Claims by verdict' });
    await expect(byVerdict.getByRole('button', { name: `${first.label}: 1`, exact: true })).toBeVisible();
    await expect(byVerdict.getByRole('button', { name: 'No verdict: 0', exact: true })).toBeVisible();
    const activity = review.getByRole('region', { name: 'Recent activity' });
    await expect(activity).toContainText('Changed the status');
    await expect(activity).toContainText('Dana Okafor');
    const byDocument = review.getByRole('region', { name: 'Verdicts by document' });
    await byDocument.getByRole('button', { name: new RegExp(`, ${third.label}: 1 claim$`) }).click();
    await expect(review.getByRole('tab', { name: 'Queue' })).toHaveAttribute('aria-selected', 'true');
    await expect(list.getByRole('option')).toHaveCount(1);
    await expect(list.getByRole('option')).toContainText(CLAIM_QUOTES[2]);
    await expect(review.getByRole('combobox', { name: 'Verdict' })).toHaveValue(ratings[5]!.id);

    // Enter opens the current claim in the reader.
    await list.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('main', { name: 'Reader' })).toBeVisible();
    expectCleanRun(guard, host);
  });

  test('shows who said each claim and through whom, why Done waits, and the activity in words', async ({ page, host, guard }) => {
    const { claims, documentId } = await setUpReview(page, host);
    await callApi(page, host, 'claims.update', { id: claims[1]!.id, patch: { claimant: 'Union officials' } });
    const { text } = await callApi<{ text: string }>(page, host, 'documents.get', { id: documentId });
    await callApi(page, host, 'documents.update', { id: documentId, patch: { commentsStart: text.indexOf('A ministry spokesperson') } });
    await openShell(page, host);
    const review = await openReview(page);
    const list = queueList(page);
    await expect(list.getByRole('option')).toHaveCount(3);
    const row = (quote: string) => list.getByRole('option').filter({ hasText: quote });
    await expect(row(CLAIM_QUOTES[1])).toContainText('Union officials');
    await expect(row(CLAIM_QUOTES[1])).toContainText('AFP');
    await expect(row(CLAIM_QUOTES[0])).toContainText('No speaker named');
    await expect(row(CLAIM_QUOTES[0])).toContainText('Reuters');
    await expect(row(CLAIM_QUOTES[2])).toContainText('unnamed engineers');
    // Screen readers hear which is which, and that the chain ends in nobody named.
    await expect(row(CLAIM_QUOTES[1])).toHaveAccessibleName(/Speaker: Union officials.*Chain: AFP/u);
    await expect(row(CLAIM_QUOTES[2])).toHaveAccessibleName(/Chain: unnamed engineers \(ends in an unnamed source\)/u);

    // Why Done cannot be chosen yet is on screen, not only in a tooltip.
    const done = verification(page).getByRole('group', { name: 'Status' }).getByRole('button', { name: 'Done' });
    await expect(done).toBeDisabled();
    const why = 'Done is not available yet. Move the claim to in progress and then in review first: the workflow goes one step at a time.';
    await expect(verification(page).getByText(/is not available yet/u)).toHaveText(why);
    await expect(done).toHaveAccessibleDescription(why);

    await review.getByRole('tab', { name: 'Dashboard' }).click();
    const activity = review.getByRole('region', { name: 'Recent activity' });
    await expect(activity).toContainText('Marked where the comments start');
    await expect(activity).toContainText('Changed the claimant');
    await expect(activity).not.toContainText('commentsStart');
    await expect(activity).not.toContainText(String(text.indexOf('A ministry spokesperson')));
    expectCleanRun(guard, host);
  });

  test('filters by status and verdict, and says when nothing matches', async ({ page, host, guard }) => {
    const { claims, ratings } = await setUpReview(page, host);
    await page.request.post(`${host.origin}/api/claims.setVerdict`, { data: { id: claims[0]!.id, ratingId: ratings[2]!.id } });
    await openShell(page, host);
    const review = await openReview(page);
    const list = queueList(page);
    await expect(list.getByRole('option')).toHaveCount(3);
    await review.getByRole('combobox', { name: 'Verdict' }).selectOption(ratings[2]!.id);
    await expect(list.getByRole('option')).toHaveCount(1);
    await expect(list.getByRole('option')).toContainText(CLAIM_QUOTES[0]);
    await review.getByRole('combobox', { name: 'Status' }).selectOption('done');
    await expect(review.getByText('No claim matches these filters')).toBeVisible();
    await review.getByRole('button', { name: 'Clear filters' }).first().click();
    await expect(list.getByRole('option')).toHaveCount(3);
    await review.getByRole('combobox', { name: 'Verdict' }).selectOption('none');
    await expect(list.getByRole('option')).toHaveCount(2);
    expectCleanRun(guard, host);
  });

  test('edits the verdict scale, and the picker follows', async ({ page, host, guard }) => {
    await setUpReview(page, host);
    await openShell(page, host);
    const review = await openReview(page);
    const verdict = verification(page).getByRole('radiogroup', { name: 'Verdict' });
    await expect(verdict.getByRole('radio', { name: 'Unverifiable' })).toHaveAttribute('aria-keyshortcuts', '7');

    await review.getByRole('tab', { name: 'Dashboard' }).click();
    const scale = review.getByRole('region', { name: 'Verdict scale' });
    await scale.getByRole('textbox', { name: 'Label of Unverifiable' }).fill('Cannot be verified');
    await scale.getByRole('textbox', { name: 'Label of Unverifiable' }).press('Enter');
    await expect(scale.getByRole('textbox', { name: 'Label of Cannot be verified' })).toBeVisible();
    await scale.getByRole('button', { name: 'Move Cannot be verified up' }).click();
    await scale.getByRole('textbox', { name: 'Label of the new rating' }).fill('Satire');
    await scale.getByRole('button', { name: 'Add rating' }).click();
    await expect(scale.getByRole('textbox', { name: 'Label of Satire' })).toBeVisible();
    await scale
      .getByRole('listitem')
      .filter({ has: page.getByRole('textbox', { name: 'Label of Mixed' }) })
      .getByRole('button', { name: 'Archive' })
      .click();
    await expect(scale.getByRole('listitem').filter({ has: page.getByRole('textbox', { name: 'Label of Mixed' }) })).toContainText(
      'Archived',
    );

    await review.getByRole('tab', { name: 'Queue' }).click();
    await expect(verdict.getByRole('radio', { name: 'Cannot be verified' })).toHaveAttribute('aria-keyshortcuts', '5');
    await expect(verdict.getByRole('radio', { name: 'Satire' })).toHaveAttribute('aria-keyshortcuts', '7');
    await expect(verdict.getByRole('radio', { name: 'Mixed' })).toHaveCount(0);
    expectCleanRun(guard, host);
  });
});
