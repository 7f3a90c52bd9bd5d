import type { Source } from '../../core/domain.js';
import { claimOf, COURIER_TEXT, QUOTES, setUpNewsroom, sourceList, sourcePane } from './sources-newsroom.js';
import { withoutHttpErrors } from './support/console.js';
import { callApi, expectCleanRun, library } from './support/documents.js';
import { expect, openShell, test } from './support/fixtures.js';

test.describe('the source registry', () => {
  test('adds a source, edits its aliases, merges it into another and its claims move with it', async ({ page, host, guard }) => {
    const newsroom = await setUpNewsroom(page, host);
    await openShell(page, host);
    await library(page)
      .getByRole('tab', { name: /Sources/ })
      .click();

    // New source: a taken name and a country that is not a code are explained under their fields.
    await library(page).getByRole('button', { name: 'New source' }).click();
    const create = page.getByRole('dialog', { name: 'New source' });
    const name = create.getByRole('textbox', { name: 'Name' });
    await expect(name).toBeFocused();
    await name.fill('afp');
    await create.getByRole('combobox', { name: 'Kind' }).selectOption({ label: 'Person' });
    const country = create.getByRole('textbox', { name: /Country/ });
    await country.fill('Lebanon');
    await create.getByRole('button', { name: 'Add source' }).click();
    await expect(country).toHaveAttribute('aria-invalid', 'true');
    await expect(country).toHaveAccessibleDescription(/two-letter country code/);

    await country.fill('lb');
    await create.getByRole('button', { name: 'Add source' }).click();
    await expect(name).toHaveAttribute('aria-invalid', 'true');
    await expect(name).toHaveAccessibleDescription(/already a source called "AFP"/);

    await name.fill('Naji Mustafa');
    await create.getByRole('button', { name: 'Add alias' }).click();
    await create.getByRole('textbox', { name: 'Alias 1', exact: true }).fill('N. Mustafa');
    await create.getByRole('button', { name: 'Add source' }).click();
    await expect(create).toBeHidden();

    const pane = sourcePane(page);
    await expect(pane.getByRole('heading', { name: 'Naji Mustafa', level: 1 })).toBeVisible();
    await expect(pane).toContainText('Lebanon');
    await pane.getByRole('tab', { name: 'Registry entry' }).click();
    await expect(pane.getByRole('list', { name: 'Names' })).toHaveText('N. Mustafa');

    // Edit: the alias list as shown replaces the stored one.
    await pane.getByRole('button', { name: 'Edit…' }).click();
    const edit = page.getByRole('dialog', { name: 'Edit Naji Mustafa' });
    await edit.getByRole('button', { name: 'Remove alias N. Mustafa' }).click();
    await edit.getByRole('button', { name: 'Add alias' }).click();
    await edit.getByRole('textbox', { name: 'Alias 1', exact: true }).fill('ناجي مصطفى');
    await edit.getByRole('button', { name: 'Add alias' }).click();
    await edit.getByRole('textbox', { name: 'Alias 2', exact: true }).fill('@najimustafa');
    await edit.getByRole('combobox', { name: 'Alias 2 kind' }).selectOption({ label: 'Photo credit' });
    await edit.getByRole('button', { name: 'Save' }).click();
    await expect(edit).toBeHidden();
    await expect(pane.getByRole('list', { name: 'Names' })).toHaveText('ناجي مصطفى');
    await expect(pane.getByRole('list', { name: 'Photo credits' })).toHaveText('@najimustafa');
    await expect(pane).not.toContainText('N. Mustafa');

    // A claim in the courier names him directly.
    const [naji] = await callApi<Source[]>(page, host, 'sources.list', { query: 'Naji Mustafa' });
    await claimOf(page, host, newsroom.courierId, COURIER_TEXT, QUOTES.tactical, [{ sourceId: naji!.id, kind: 'quote' }]);
    await pane.getByRole('tab', { name: /Trace/ }).click();
    await expect(pane.getByRole('list', { name: 'Claims attributed to this source' })).toContainText(QUOTES.tactical);

    // Merge into the spokesman the other claim already names.
    await pane.getByRole('button', { name: 'Merge into…' }).click();
    const picker = page.getByRole('dialog', { name: 'Merge Naji Mustafa into…' });
    await picker.getByRole('searchbox', { name: 'Find a source' }).fill('spokes');
    await picker
      .getByRole('listbox', { name: 'Sources to merge into' })
      .getByRole('option', { name: /NLF spokesman/ })
      .click();
    await picker.getByRole('button', { name: 'Continue' }).click();
    const confirm = page.getByRole('alertdialog', { name: 'Merge Naji Mustafa into NLF spokesman?' });
    await expect(confirm).toHaveAccessibleDescription(/every attribution that names Naji Mustafa — 1 claim — will name NLF spokesman/i);
    await expect(confirm).toContainText('cannot be undone');
    await confirm.getByRole('button', { name: 'Merge' }).click();
    await expect(confirm).toBeHidden();

    await expect(pane.getByRole('heading', { name: 'NLF spokesman', level: 1 })).toBeVisible();
    const claims = pane.getByRole('list', { name: 'Claims attributed to this source' });
    await expect(claims).toContainText(QUOTES.tactical);
    await expect(claims).toContainText(QUOTES.withdrawn);
    await expect(pane.getByRole('tab', { name: /Trace/ })).toContainText('2');
    await pane.getByRole('tab', { name: 'Registry entry' }).click();
    await expect(pane.getByRole('list', { name: 'Names' })).toContainText('Naji Mustafa');
    await expect(pane.getByRole('list', { name: 'Photo credits' })).toHaveText('@najimustafa');
    await expect(sourceList(page).getByRole('option').filter({ hasText: 'Naji Mustafa' })).toHaveCount(0);

    // The alias still finds the merged entry in the list.
    await library(page).getByRole('searchbox', { name: 'Filter sources' }).fill('naji');
    await expect(sourceList(page).getByRole('option')).toHaveCount(1);
    await expect(sourceList(page).getByRole('option')).toContainText('NLF spokesman');

    expectCleanRun(guard, host, withoutHttpErrors(withoutHttpErrors(guard.consoleErrors, 400), 409));
  });

  test('records a Wikidata item, explains a wrong one under its field and links to the item page', async ({ page, host, guard }) => {
    await openShell(page, host);
    await library(page)
      .getByRole('tab', { name: /Sources/ })
      .click();
    await library(page).getByRole('button', { name: 'New source' }).click();
    const create = page.getByRole('dialog', { name: 'New source' });
    await create.getByRole('textbox', { name: 'Name' }).fill('Harbour Gazette');
    const wikidata = create.getByRole('textbox', { name: /Wikidata item/ });
    await wikidata.fill('Harbour Gazette');
    await create.getByRole('button', { name: 'Add source' }).click();
    await expect(wikidata).toHaveAttribute('aria-invalid', 'true');
    await expect(wikidata).toHaveAccessibleDescription(/a Wikidata item is a Q followed by its number/);

    // Its page's address, pasted, is cut down to the item.
    await wikidata.fill('https://www.wikidata.org/wiki/Q130879');
    await create.getByRole('button', { name: 'Add source' }).click();
    await expect(create).toBeHidden();
    const pane = sourcePane(page);
    await pane.getByRole('tab', { name: 'Registry entry' }).click();
    const link = pane.getByRole('link', { name: 'Wikidata Q130879' });
    await expect(link).toHaveAttribute('href', 'https://www.wikidata.org/wiki/Q130879');
    // Opened outside the app (the desktop app passes it to the system browser), never followed here.
    await expect(link).toHaveAttribute('target', '_blank');
    await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    const [gazette] = await callApi<Source[]>(page, host, 'sources.list', { query: 'Harbour Gazette' });
    expect(gazette).toMatchObject({ wikidataId: 'Q130879', confirmed: true });

    await pane.getByRole('button', { name: 'Edit…' }).click();
    const edit = page.getByRole('dialog', { name: 'Edit Harbour Gazette' });
    await expect(edit.getByRole('textbox', { name: /Wikidata item/ })).toHaveValue('Q130879');
    await edit.getByRole('textbox', { name: /Wikidata item/ }).fill('');
    await edit.getByRole('button', { name: 'Save' }).click();
    await expect(edit).toBeHidden();
    await expect(pane.getByRole('link', { name: /Wikidata/ })).toHaveCount(0);
    const wikidataFact = pane
      .getByRole('region', { name: 'Source Harbour Gazette' })
      .locator('.facts__row')
      .filter({ hasText: 'Wikidata' });
    await expect(wikidataFact.getByRole('definition')).toHaveText('Not recorded');
    expectCleanRun(guard, host, withoutHttpErrors(guard.consoleErrors, 400));
  });

  test('filters the list by kind as well as by name or alias', async ({ page, host, guard }) => {
    await openShell(page, host);
    await library(page)
      .getByRole('tab', { name: /Sources/ })
      .click();
    const kind = library(page).getByRole('combobox', { name: 'Kind of source' });
    await kind.selectOption({ label: 'Wire agency' });
    const options = sourceList(page).getByRole('option');
    await expect(options.filter({ hasText: 'AFP' })).toHaveCount(1);
    await expect(options.filter({ hasText: 'Fars' })).toHaveCount(0);
    const wireCount = await options.count();
    for (let index = 0; index < wireCount; index += 1) await expect(options.nth(index)).toContainText('Wire agency');

    await library(page).getByRole('searchbox', { name: 'Filter sources' }).fill('agence');
    await expect(options).toHaveCount(1);
    await expect(options).toContainText('AFP');

    await kind.selectOption({ label: 'State media' });
    await expect(library(page).getByText('No state media name or alias contains “agence”.')).toBeVisible();
    expectCleanRun(guard, host);
  });
});
