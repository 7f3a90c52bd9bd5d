// Detection suggestions in the reader: asked for from the claims bar, listed in the inspector,
// accepted one at a time or all at once (they become claims with chains) or rejected.
import { claimsOf, documentText, inspector, marksWith, openArticle } from './claims-helpers.js';
import { expectCleanRun, reader } from './support/documents.js';
import { expect, test } from './support/fixtures.js';

test.describe('suggested attributions', () => {
  test('accepts one suggestion, then all, and each becomes a marked claim with its chain', async ({ page, host, guard }) => {
    const documentId = await openArticle(page, host);
    await reader(page).getByRole('button', { name: 'Suggest attributions' }).click();
    const panel = inspector(page).getByRole('region', { name: 'Suggested attributions' });
    const items = panel.getByRole('list', { name: 'Suggestions' }).getByRole('listitem', { name: /^Suggestion:/ });
    await expect(items).toHaveCount(5);
    const quote = items.filter({ hasText: 'We will not hand over our heavy weapons' });
    await expect(quote).toContainText('AFP');
    // The speaker's title ("NLF spokesman") is not part of their name.
    await expect(quote).toContainText('Naji Mustafa');
    await expect(quote).toContainText('“told”');

    // Suggestions are shown on the text without becoming marks.
    await expect(documentText(page).locator('mark')).toHaveCount(0);
    expect(await page.evaluate(() => CSS.highlights.get('claimtrace-suggestion')?.size)).toBe(5);

    await quote.getByRole('button', { name: 'Accept' }).click();
    await expect(marksWith(page, 'We will not hand over our heavy weapons')).toHaveCount(1);
    await expect(items).toHaveCount(4);
    const [accepted] = await claimsOf(page, host, documentId);
    expect(accepted?.origin).toBe('detected');
    expect(accepted?.hops.map((hop) => hop.sourceName)).toEqual(['AFP', 'Naji Mustafa']);

    await items.filter({ hasText: 'reinforcements had been sent' }).getByRole('button', { name: 'Reject' }).click();
    await expect(items).toHaveCount(3);
    await panel.getByRole('button', { name: 'Accept all' }).click();
    await expect(panel).toHaveCount(0);
    await expect(inspector(page).getByRole('heading', { name: 'Nothing left to suggest' })).toBeVisible();
    await expect(documentText(page).locator('mark')).toHaveCount(4);
    const claims = await claimsOf(page, host, documentId);
    expect(claims).toHaveLength(4);
    expect(claims.every((claim) => claim.hops.length > 0)).toBe(true);
    expect(claims.map((claim) => claim.quote)).not.toContain('reinforcements had been sent to the northern countryside');

    // Asking again offers neither the accepted nor the rejected ones.
    await reader(page).getByRole('button', { name: 'Suggest attributions' }).click();
    await expect(inspector(page).getByRole('heading', { name: 'Nothing left to suggest' })).toBeVisible();

    // Undo takes back the whole "accept all" at once.
    await documentText(page).click();
    await page.keyboard.press('Control+z');
    await expect(documentText(page).locator('mark')).toHaveCount(1);
    expectCleanRun(guard, host);
  });
});
