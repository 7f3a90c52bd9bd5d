import { openSourceFromList, sourcePane } from './sources-newsroom.js';
import { LATER_STATEMENT, RELAY_ARTICLES, setUpRelays, STATEMENT } from './sources-relays.js';
import { expectCleanRun, reader, readerText } from './support/documents.js';
import { expect, openShell, test } from './support/fixtures.js';

test.describe('who relays a source', () => {
  test('TASS is relayed by three outlets, with counts, dates and the first appearance marked, in the table and the graph', async ({
    page,
    host,
    guard,
  }) => {
    await setUpRelays(page, host);
    await openShell(page, host);
    const pane = await openSourceFromList(page, 'TASS');
    await pane.getByRole('tab', { name: /Trace/ }).click();

    const relays = pane.getByRole('region', { name: /Relayed by/ });
    await expect(relays).toContainText('TASS → relayed by SouthFront (2), Sputnik (1) and Harbour Ledger (1)');

    const table = relays.getByRole('table', { name: /Who relays TASS/ });
    const rows = table.getByRole('row');
    // The header and one row per relayer, busiest first.
    await expect(rows).toHaveCount(4);
    await expect(table.getByRole('rowheader')).toHaveText([/^SouthFront/, /^Sputnik/, /^Harbour Ledger/]);
    const southfront = rows.filter({ has: page.getByRole('rowheader', { name: /^SouthFront/ }) });
    await expect(southfront.getByRole('cell')).toHaveText(['2', '2', 'Apr 4, 2024', 'Apr 11, 2024', 'Neutral']);
    const ledger = rows.filter({ has: page.getByRole('rowheader', { name: /^Harbour Ledger/ }) });
    await expect(ledger.getByRole('cell').last()).toHaveText('Distancing');
    // Sputnik published the statement first; nobody else did anything first.
    await expect(rows.filter({ hasText: '1 first' })).toHaveCount(2);
    await expect(rows.filter({ has: page.getByRole('rowheader', { name: /^Sputnik/ }) })).toContainText('1 first');

    // Sorting by a column header turns the order round.
    await table.getByRole('button', { name: 'Relayer' }).click();
    await expect(table.getByRole('columnheader', { name: 'Relayer' })).toHaveAttribute('aria-sort', 'ascending');
    await expect(table.getByRole('rowheader')).toHaveText([/^Harbour Ledger/, /^SouthFront/, /^Sputnik/]);
    await table.getByRole('button', { name: 'Relayer' }).click();
    await expect(table.getByRole('rowheader')).toHaveText([/^Sputnik/, /^SouthFront/, /^Harbour Ledger/]);

    // A row opens onto its claims: SouthFront's copy was not the first; the later report was.
    await table.getByRole('button', { name: /^SouthFront: show the 2 claims it relayed/ }).click();
    const claims = relays.getByRole('list', { name: 'Claims SouthFront relayed' });
    await expect(claims.getByRole('listitem')).toHaveCount(2);
    const copy = claims.getByRole('listitem').filter({ hasText: STATEMENT });
    await expect(copy).toContainText(`First appeared in ${RELAY_ARTICLES.sputnik.title}`);
    await expect(claims.getByRole('listitem').filter({ hasText: LATER_STATEMENT })).toContainText('First appearance');

    // The graph: TASS with its three relayers around it, edges counting the claims.
    const graph = relays.getByRole('group', { name: 'Who relays TASS' });
    await expect(graph.getByRole('button', { name: /^TASS — State media, 4 claims; reached from / })).toBeVisible();
    await expect(
      graph.getByRole('button', { name: /^Sputnik — State media, 1 claim; 1 first: published 1 claim before anyone else/ }),
    ).toBeVisible();
    await expect(
      graph.getByRole('button', { name: /^SouthFront — Website, 2 claims; 1 first: published 1 claim before anyone else/ }),
    ).toBeVisible();
    const links = relays.getByRole('list', { name: 'Links: Who relays TASS' });
    await expect(links).toContainText('SouthFront → TASS: 2 claims (paraphrased)');
    await expect(links).toContainText('Harbour Ledger → TASS: 1 claim (paraphrased; 1 distancing)');

    // The first appearance opens in the reader at the claim.
    await copy.getByRole('button', { name: RELAY_ARTICLES.sputnik.title }).click();
    await expect(reader(page).getByRole('heading', { name: RELAY_ARTICLES.sputnik.title })).toBeVisible();
    await expect((await readerText(page)).locator('mark.is-active')).toHaveText(STATEMENT);
    expectCleanRun(guard, host);
  });

  test('the trace lists only the claims TASS carried as allegations, and says how many', async ({ page, host, guard }) => {
    await setUpRelays(page, host);
    await openShell(page, host);
    const pane = await openSourceFromList(page, 'TASS');
    await pane.getByRole('tab', { name: /Trace/ }).click();

    const claimsList = pane.getByRole('list', { name: 'Claims attributed to this source' });
    await expect(claimsList.getByRole('listitem').filter({ has: page.getByRole('button', { name: /^“/ }) })).toHaveCount(4);
    // The chain says so beside TASS.
    const ledger = claimsList.getByRole('listitem').filter({ hasText: RELAY_ARTICLES.ledger.title }).first();
    await expect(ledger.getByRole('list', { name: 'Attribution chain' }).getByRole('listitem')).toHaveText([
      'Harbour Ledger',
      /Paraphrase\s*TASS\s*distancing/,
    ]);

    const stance = pane.getByRole('radiogroup', { name: 'Cue stance at TASS' });
    await expect(stance.getByRole('radio', { name: 'Distancing (1)' })).toBeVisible();
    await expect(stance.getByRole('radio', { name: 'Neutral (3)' })).toBeVisible();
    await stance.getByRole('radio', { name: 'Distancing (1)' }).check();
    await expect(pane.getByRole('heading', { name: /^Claims/ })).toContainText('1 of 4');
    await expect(claimsList.getByRole('button', { name: /^“/ })).toHaveCount(1);
    await expect(claimsList).toContainText(RELAY_ARTICLES.ledger.title);

    await stance.getByRole('radio', { name: 'Endorsing (0)' }).check();
    await expect(pane.getByText('No claim’s cue at TASS is endorsing.')).toBeVisible();
    await stance.getByRole('radio', { name: 'All (4)' }).check();
    await expect(claimsList.getByRole('button', { name: /^“/ })).toHaveCount(4);
    await expect(sourcePane(page).getByRole('heading', { name: 'TASS', level: 1 })).toBeVisible();
    expectCleanRun(guard, host);
  });
});
