// Suggestions as the workbench remembers and sorts them: a rejection survives a reload and a new
// detection run until it is restored; photo credits wait apart from "Accept all"; a claim from a
// reader comment says who posted it and can start its chain at them; cues show their stance.
import type { Page } from '@playwright/test';

import { openConvoy } from './claims-convoy.js';
import { ARTICLE_TITLE, claimsOf, documentText, inspector, openArticle } from './claims-helpers.js';
import { callApi, expectCleanRun, openDocument, reader } from './support/documents.js';
import { expect, test } from './support/fixtures.js';

const REINFORCEMENTS = 'reinforcements had been sent to the northern countryside';

async function suggest(page: Page) {
  await reader(page).getByRole('button', { name: 'Suggest attributions' }).click();
  await expect(inspector(page).getByRole('heading', { name: 'Suggested attributions' })).toBeVisible();
}

function suggestionCards(page: Page) {
  return inspector(page)
    .getByRole('list', { name: 'Suggestions', exact: true })
    .getByRole('listitem', { name: /^Suggestion:/ });
}

function creditCards(page: Page) {
  return inspector(page)
    .getByRole('list', { name: 'Photo credits', exact: true })
    .getByRole('listitem', { name: /^Credit:/ });
}

test.describe('remembered suggestions', () => {
  test('a rejection outlives a reload and a new run, is listed with who and when, and restoring brings the suggestion back', async ({
    page,
    host,
    guard,
  }) => {
    await callApi(page, host, 'settings.update', { reviewerName: 'Ana Ruiz' });
    await openArticle(page, host);
    await suggest(page);
    const cards = suggestionCards(page);
    await expect(cards).toHaveCount(5);
    await cards.filter({ hasText: REINFORCEMENTS }).getByRole('button', { name: 'Reject' }).click();
    await expect(cards).toHaveCount(4);
    await expect(inspector(page).getByRole('button', { name: 'Rejected (1)' })).toBeVisible();

    await page.reload();
    await expect(page.locator('body')).toHaveAttribute('data-ready', 'true');
    await openDocument(page, ARTICLE_TITLE);
    await suggest(page);
    await expect(cards).toHaveCount(4);
    await expect(cards.filter({ hasText: REINFORCEMENTS })).toHaveCount(0);

    const disclosure = inspector(page).getByRole('button', { name: 'Rejected (1)' });
    await expect(disclosure).toHaveAttribute('aria-expanded', 'false');
    await disclosure.click();
    const rejected = inspector(page).getByRole('list', { name: 'Rejected', exact: true }).getByRole('listitem');
    await expect(rejected).toHaveCount(1);
    await expect(rejected).toContainText(REINFORCEMENTS);
    await expect(rejected).toContainText('military sources');
    await expect(rejected).toContainText(/Rejected by Ana Ruiz, (just now|1 minute ago)/);

    await rejected.getByRole('button', { name: 'Restore' }).click();
    await expect(cards).toHaveCount(5);
    await expect(cards.filter({ hasText: REINFORCEMENTS })).toBeVisible();
    await expect(inspector(page).getByRole('button', { name: /^Rejected \(/ })).toHaveCount(0);

    // The count follows each rejection.
    await cards.filter({ hasText: REINFORCEMENTS }).getByRole('button', { name: 'Reject' }).click();
    await cards.filter({ hasText: 'We will not hand over' }).getByRole('button', { name: 'Reject' }).click();
    await expect(inspector(page).getByRole('button', { name: 'Rejected (2)' })).toBeVisible();
    await expect(cards).toHaveCount(3);
    expectCleanRun(guard, host);
  });

  test('a suggestion a colleague rejects on the same workbench leaves this window’s list, and is listed as rejected', async ({
    page,
    host,
    guard,
  }) => {
    const documentId = await openArticle(page, host);
    await suggest(page);
    const cards = suggestionCards(page);
    await expect(cards).toHaveCount(5);
    // Another window asks for the same suggestions and rejects one.
    const suggestions = await callApi<{ claim: { text: string } }[]>(page, host, 'detection.suggest', { documentId });
    const reinforcements = suggestions.filter((suggestion) => suggestion.claim.text.includes(REINFORCEMENTS));
    expect(reinforcements).toHaveLength(1);
    await callApi(page, host, 'detection.reject', { documentId, suggestions: reinforcements });
    await expect(cards).toHaveCount(4);
    await expect(cards.filter({ hasText: REINFORCEMENTS })).toHaveCount(0);
    await expect(inspector(page).getByRole('button', { name: 'Rejected (1)' })).toBeVisible();
    expectCleanRun(guard, host);
  });

  test('a reader comment names its commenter, whose name can start the chain; credits stay out of "Accept all"', async ({
    page,
    host,
    guard,
  }) => {
    const documentId = await openConvoy(page, host);
    await reader(page).getByRole('checkbox', { name: 'Include reader comments' }).check();
    await suggest(page);
    const cards = suggestionCards(page);
    await expect(cards).toHaveCount(5);

    // Stances of the cues: "claimed" distances, "confirmed" vouches, "reported" says nothing.
    await expect(cards.filter({ hasText: 'the road had been mined overnight' })).toContainText('distancing: claimed');
    await expect(cards.filter({ hasText: 'the convoy carried medical supplies' })).toContainText('endorsing: confirmed');
    await expect(cards.filter({ hasText: 'aid workers waited' })).not.toContainText(/distancing|endorsing/);

    const comment = cards.filter({ hasText: 'the convoy turned back' });
    await expect(comment).toContainText('From a reader comment by Dana Holt');
    const chain = comment.getByRole('list', { name: 'Attribution chain' }).getByRole('listitem');
    await expect(chain).toHaveText([/^Sputnik/]);
    await comment.getByRole('checkbox', { name: 'Start the chain at Dana Holt' }).check();
    await expect(chain).toHaveText([/^Dana Holt/, /Sputnik/]);
    await comment.getByRole('button', { name: 'Accept' }).click();
    await expect(cards).toHaveCount(4);
    const fromComment = (await claimsOf(page, host, documentId)).find((claim) => claim.quote === 'the convoy turned back');
    expect(fromComment?.hops.map((hop) => hop.sourceName)).toEqual(['Dana Holt', 'Sputnik']);

    // The photo credit is listed apart and "Accept all" says how many claims it takes, without it.
    await expect(creditCards(page)).toHaveCount(1);
    await expect(creditCards(page)).toContainText('Ivan Petrov/TASS');
    await inspector(page).getByRole('button', { name: 'Accept all 4' }).click();
    await expect(cards).toHaveCount(0);
    await expect(creditCards(page)).toHaveCount(1);
    const claims = await claimsOf(page, host, documentId);
    expect(claims).toHaveLength(5);
    expect(claims.map((claim) => claim.quote)).not.toContain('Ivan Petrov/TASS');

    // A credit becomes a claim only when the reviewer says so.
    await creditCards(page).getByRole('button', { name: 'Make claim' }).click();
    await expect(inspector(page).getByRole('heading', { name: 'Nothing left to suggest' })).toBeVisible();
    const credit = (await claimsOf(page, host, documentId)).find((claim) => claim.quote === 'Ivan Petrov/TASS');
    expect(credit?.hops.map((hop) => hop.sourceName)).toEqual(['TASS', 'Ivan Petrov']);

    // The claim from the comment keeps saying where it comes from: in the inspector and the report.
    await documentText(page).locator('mark').filter({ hasText: 'the convoy turned back' }).click();
    await expect(inspector(page).getByRole('blockquote', { name: 'Quote' })).toHaveText('the convoy turned back');
    await expect(inspector(page).getByText('From a reader comment by Dana Holt')).toBeVisible();
    const report = await callApi<{ content: string }>(page, host, 'exports.render', {
      scope: { kind: 'document', documentId },
      format: 'html',
    });
    expect(report.content).toContain('From a reader comment by Dana Holt');
    expectCleanRun(guard, host);
  });
});
