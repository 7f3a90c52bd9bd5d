import { openSourceFromList, QUOTES, setUpNewsroom, sourcePane } from './sources-newsroom.js';
import { expectCleanRun, reader, readerText } from './support/documents.js';
import { expect, openShell, test } from './support/fixtures.js';

test.describe('tracing a source', () => {
  test('shows every claim that leans on Fars across two documents, with counts, and opens one in the reader', async ({
    page,
    host,
    guard,
  }) => {
    await setUpNewsroom(page, host);
    await openShell(page, host);
    const pane = await openSourceFromList(page, 'Fars');

    // The registry entry first: kind, country, state affiliation and the other names.
    await pane.getByRole('tab', { name: 'Registry entry' }).click();
    await expect(pane).toContainText('State media');
    await expect(pane).toContainText('State-affiliated');
    const entry = pane.getByRole('region', { name: 'Source Fars' });
    await expect(entry).toContainText('Iran');
    await expect(entry.getByRole('list', { name: 'Abbreviations' })).toContainText('FNA');
    await expect(entry.getByRole('list', { name: 'Web domains' })).toContainText('farsnews.ir');

    await pane.getByRole('tab', { name: /Trace/ }).click();
    const summary = pane.getByRole('region', { name: 'Summary' });
    await expect(summary.getByRole('term').filter({ hasText: 'Claims' }).locator('+ dd')).toHaveText('3');
    await expect(summary.getByRole('term').filter({ hasText: 'Documents' }).locator('+ dd')).toHaveText('2');
    await expect(summary.getByRole('term').filter({ hasText: 'Unnamed or unknown origin' }).locator('+ dd')).toHaveText('1');
    await expect(summary.getByRole('img', { name: /^Review status: 3 Unreviewed$/ })).toBeVisible();
    await expect(summary.getByRole('img', { name: /^Verdicts: 3 No verdict yet$/ })).toBeVisible();

    const documents = pane.getByRole('list', { name: 'Documents citing this source' });
    await expect(documents.getByRole('listitem')).toHaveCount(2);
    await expect(documents.getByRole('listitem').filter({ hasText: 'Convoy Struck Near Border Crossing' })).toContainText('2 claims');
    await expect(documents.getByRole('listitem').filter({ hasText: 'Brigade Pulls Back' })).toContainText('1 claim');

    const claims = pane.getByRole('list', { name: 'Claims attributed to this source' });
    await expect(claims.getByRole('listitem').filter({ has: page.getByRole('button', { name: /^“/ }) })).toHaveCount(3);
    // The chain that ends in "Arab sources" is flagged, and Fars is picked out in it.
    const convoy = claims.getByRole('listitem').filter({ hasText: QUOTES.convoy }).first();
    await expect(convoy).toContainText('Ends in an unnamed source');
    const chain = convoy.getByRole('list', { name: 'Attribution chain' });
    await expect(chain.getByRole('listitem')).toHaveText(['Gulf Gazette', /Citing\s*Fars/, /Citing\s*Arab sources/]);
    await expect(chain.locator('[aria-current="true"]')).toContainText('Fars');
    const killed = claims.getByRole('listitem').filter({ hasText: QUOTES.killed }).first();
    await expect(killed).not.toContainText('unnamed source');
    await expect(killed).toContainText('Harbour Courier');

    // The quote opens its document in the reader, at the claim.
    await killed.getByRole('button', { name: `“${QUOTES.killed}”`, exact: true }).click();
    await expect(reader(page).getByRole('heading', { name: 'Brigade Pulls Back From Hill Positions' })).toBeVisible();
    const text = await readerText(page);
    await expect(text.locator('mark.is-active')).toHaveText(QUOTES.killed);
    const inspector = page.getByRole('complementary', { name: 'Inspector' });
    await expect(inspector.getByRole('heading', { name: 'Claim', exact: true })).toBeVisible();
    await expect(inspector).toContainText(QUOTES.killed);
    expectCleanRun(guard, host);
  });

  test('follows the two-hop chain AFP → NLF spokesman in the trace and in the graph', async ({ page, host, guard }) => {
    await setUpNewsroom(page, host);
    await openShell(page, host);
    const pane = await openSourceFromList(page, 'AFP');
    await pane.getByRole('tab', { name: /Trace/ }).click();

    const claim = pane
      .getByRole('list', { name: 'Claims attributed to this source' })
      .getByRole('listitem')
      .filter({ hasText: QUOTES.withdrawn })
      .first();
    await expect(claim.getByRole('list', { name: 'Attribution chain' }).getByRole('listitem')).toHaveText([
      'Harbour Courier',
      /Quote\s*AFP/,
      /Quote\s*NLF spokesman/,
    ]);

    await pane.getByRole('tab', { name: 'Attribution graph' }).click();
    const graph = pane.getByRole('group', { name: 'Attribution graph of AFP' });
    const person = graph.getByRole('button', { name: /^NLF spokesman — Person, 1 claim; reached from AFP/ });
    await expect(person).toBeVisible();
    await expect(graph.getByRole('button', { name: /^AFP — Wire agency, 1 claim; reached from Harbour Courier/ })).toBeVisible();
    await expect(graph.getByRole('button', { name: /^Harbour Courier — Document/ })).toBeVisible();
    await expect(pane.getByRole('list', { name: 'Links: Attribution graph of AFP' })).toContainText(
      'AFP → NLF spokesman: 1 claim (quoted)',
    );

    // From the keyboard: the person node opens that source's trace.
    await person.focus();
    await page.keyboard.press('Enter');
    await expect(sourcePane(page).getByRole('heading', { name: 'NLF spokesman', level: 1 })).toBeVisible();
    await expect(sourcePane(page).getByRole('tab', { name: /Trace/ })).toHaveAttribute('aria-selected', 'true');
    await expect(sourcePane(page).getByRole('list', { name: 'Claims attributed to this source' })).toContainText(QUOTES.withdrawn);
    expectCleanRun(guard, host);
  });

  test('flags chains that end in an unnamed source or name nobody, in the document graph', async ({ page, host, guard }) => {
    await setUpNewsroom(page, host);
    await openShell(page, host);
    const row = page.getByRole('listbox', { name: 'Documents' }).getByRole('option', { name: /Convoy Struck Near Border Crossing/ });
    await row.click({ button: 'right' });
    await page.getByRole('menuitem', { name: 'Attribution graph' }).click();

    const dialog = page.getByRole('dialog', { name: /Attribution graph — Convoy Struck Near Border Crossing/ });
    const graph = dialog.getByRole('group', { name: /Attribution graph/ });
    await expect(
      graph.getByRole('button', { name: /^Arab sources — Unnamed, 1 claim; flagged: unnamed origin; reached from Fars/ }),
    ).toBeVisible();
    await expect(graph.getByRole('img', { name: /^Unknown source — Unnamed, 1 claim; flagged: no source named/ })).toBeVisible();
    await expect(graph.getByRole('button', { name: /^Fars — State media, 2 claims/ })).toBeVisible();
    await expect(dialog.getByRole('list', { name: /^Links: / })).toContainText('Gulf Gazette → Fars: 2 claims (paraphrased, citing)');

    // A source node leaves the dialog for that source's trace.
    await graph.getByRole('button', { name: /^Arab sources/ }).click();
    await expect(dialog).toBeHidden();
    await expect(sourcePane(page).getByRole('heading', { name: 'Arab sources', level: 1 })).toBeVisible();
    await expect(sourcePane(page).getByRole('list', { name: 'Claims attributed to this source' })).toContainText(
      'Ends in an unnamed source',
    );
    expectCleanRun(guard, host);
  });
});
