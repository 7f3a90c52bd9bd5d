// Sources that accepted suggestions create: unconfirmed until a reviewer settles them, listed
// under "Unconfirmed" in the Sources tab, confirmed or discarded from their pane.
import type { Page } from '@playwright/test';

import type { Source } from '../../core/domain.js';
import { claimsOf } from './claims-helpers.js';
import { acceptDocksSuggestions, WALKOUT } from './sources-docks.js';
import { sourceList, sourcePane } from './sources-newsroom.js';
import type { BrowserHost } from './support/browser-host.js';
import { callApi, expectCleanRun, library, reader } from './support/documents.js';
import { expect, test } from './support/fixtures.js';

function listSources(page: Page, host: BrowserHost): Promise<Source[]> {
  return callApi<Source[]>(page, host, 'sources.list', {});
}

test.describe('unconfirmed sources', () => {
  test('are marked and listed apart; one is confirmed, another discarded and its chain loses it', async ({ page, host, guard }) => {
    const before = await listSources(page, host);
    const documentId = await acceptDocksSuggestions(page, host);

    // The registry grew only by unconfirmed sources, and Reuters was found, not added again.
    const after = await listSources(page, host);
    const known = new Set(before.map((source) => source.id));
    const added = after.filter((source) => !known.has(source.id));
    expect(after.filter((source) => known.has(source.id))).toEqual(
      expect.arrayContaining(before.map((source) => expect.objectContaining({ id: source.id, confirmed: true }))),
    );
    expect(added.map((source) => source.name)).toEqual(expect.arrayContaining(['Petra Varga', 'Harbour Gazette']));
    expect(added.every((source) => !source.confirmed)).toBe(true);
    expect(after.filter((source) => source.name === 'Reuters')).toHaveLength(1);
    const walkout = (await claimsOf(page, host, documentId)).find((claim) => claim.quote === WALKOUT);
    expect(walkout?.hops.map((hop) => hop.sourceName)).toEqual(['Harbour Gazette', 'Petra Varga']);

    // The Sources tab counts them and lists them alone when asked.
    await library(page)
      .getByRole('tab', { name: /Sources/ })
      .click();
    const scope = library(page).getByRole('radiogroup', { name: 'Show sources' });
    await expect(scope.getByRole('radio', { name: `All (${after.length})` })).toBeChecked();
    await scope.getByRole('radio', { name: `Unconfirmed (${added.length})` }).check();
    const options = sourceList(page).getByRole('option');
    await expect(options).toHaveCount(added.length);
    for (const source of added) await expect(options.filter({ hasText: source.name })).toContainText('Unconfirmed');

    // Confirming one: it counts from now on and leaves the Unconfirmed list.
    const pane = sourcePane(page);
    await options.filter({ hasText: 'Petra Varga' }).click();
    await expect(pane.getByRole('heading', { name: 'Petra Varga', level: 1 })).toBeVisible();
    const notice = pane.getByRole('region', { name: 'Unconfirmed source' });
    await expect(notice).toContainText('Created from a suggestion; not yet confirmed');
    await expect(notice).toContainText('Kept out of dashboards and reports');
    await notice.getByRole('button', { name: 'Confirm' }).click();
    await expect(page.getByRole('region', { name: 'Notifications' })).toContainText('Confirmed Petra Varga');
    await expect(notice).toBeHidden();
    await expect(pane.locator('.source-head')).not.toContainText('Unconfirmed');
    await expect(scope.getByRole('radio', { name: `Unconfirmed (${added.length - 1})` })).toBeChecked();
    await expect(options.filter({ hasText: 'Petra Varga' })).toHaveCount(0);

    // Discarding another: the dialog says which chains lose it, and its pane closes.
    await options.filter({ hasText: 'Harbour Gazette' }).click();
    await expect(pane.getByRole('heading', { name: 'Harbour Gazette', level: 1 })).toBeVisible();
    await notice.getByRole('button', { name: 'Discard…' }).click();
    const confirm = page.getByRole('alertdialog', { name: 'Discard Harbour Gazette?' });
    await expect(confirm).toHaveAccessibleDescription(/The chains of 1 claim lose this hop/);
    await expect(confirm.getByRole('button', { name: 'Cancel' })).toBeFocused();
    await confirm.getByRole('button', { name: 'Discard' }).click();
    await expect(confirm).toBeHidden();
    await expect(page.getByRole('region', { name: 'Notifications' })).toContainText('Discarded Harbour Gazette');
    await expect(page.getByRole('region', { name: 'Notifications' })).toContainText('Removed from the chains of 1 claim.');
    await expect(pane).toBeHidden();
    await expect(reader(page)).toBeVisible();
    await expect(scope.getByRole('radio', { name: `Unconfirmed (${added.length - 2})` })).toBeChecked();
    await expect(scope.getByRole('radio', { name: `All (${after.length - 1})` })).toBeVisible();
    await expect(options.filter({ hasText: 'Harbour Gazette' })).toHaveCount(0);
    if (added.length === 2) await expect(library(page).getByRole('heading', { name: 'Nothing to confirm' })).toBeVisible();

    const chain = (await claimsOf(page, host, documentId)).find((claim) => claim.quote === WALKOUT);
    expect(chain?.hops.map((hop) => hop.sourceName)).toEqual(['Petra Varga']);
    const final = await listSources(page, host);
    expect(final.find((source) => source.name === 'Petra Varga')?.confirmed).toBe(true);
    expect(final.some((source) => source.name === 'Harbour Gazette')).toBe(false);
    expect(final).toHaveLength(after.length - 1);
    expectCleanRun(guard, host);
  });
});
