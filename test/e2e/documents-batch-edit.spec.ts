// Choosing several documents in the library the way a desktop file list does, and setting their
// outlet and publication date in one go.
import type { Page } from '@playwright/test';

import { expectCleanRun, importThreeDated, library, reader } from './support/documents.js';
import { expect, openShell, test } from './support/fixtures.js';

const documentList = (page: Page) => library(page).getByRole('listbox', { name: 'Documents' });
const row = (page: Page, name: string) => documentList(page).getByRole('option', { name: new RegExp(`^${name}:`) });
const selectionBar = (page: Page) => library(page).getByRole('group', { name: 'Selected documents' });

/** The first word of each selected row's title, in list order. */
async function selectedRows(page: Page): Promise<string[]> {
  const rows = documentList(page).locator('[role="option"][aria-selected="true"]');
  return (await rows.allTextContents()).map((text) => text.split(':')[0]!);
}

test.describe('selecting several documents', () => {
  test('Ctrl, Shift and the keyboard choose documents whose outlet and date are then set together', async ({ page, host, guard }) => {
    await importThreeDated(page, host);
    await openShell(page, host);
    await expect(documentList(page)).toHaveAttribute('aria-multiselectable', 'true');

    // A plain click opens one document, as before.
    await row(page, 'Alpha').click();
    await expect(reader(page).getByRole('heading', { name: /^Alpha:/ })).toBeVisible();
    await expect.poll(() => selectedRows(page)).toEqual(['Alpha']);
    await expect(selectionBar(page)).toHaveCount(0);

    // Ctrl/Cmd+click adds a second without opening it.
    await row(page, 'Charlie').click({ modifiers: ['ControlOrMeta'] });
    await expect.poll(() => selectedRows(page)).toEqual(['Alpha', 'Charlie']);
    await expect(selectionBar(page)).toContainText('2 documents selected');
    await expect(reader(page).getByRole('heading', { name: /^Alpha:/ })).toBeVisible();
    // The row open in the reader is marked among the selected ones.
    await expect(row(page, 'Alpha')).toHaveAttribute('aria-current', 'true');
    await expect(row(page, 'Charlie')).not.toHaveAttribute('aria-current');

    // The keyboard moves on without changing the selection, and Space adds the row it is on.
    await expect(documentList(page)).toBeFocused();
    await page.keyboard.press('ControlOrMeta+ArrowDown');
    await expect.poll(() => selectedRows(page)).toEqual(['Alpha', 'Charlie']);
    await page.keyboard.press('Space');
    await expect.poll(() => selectedRows(page)).toEqual(['Alpha', 'Charlie', 'Bravo']);
    await expect(selectionBar(page)).toContainText('3 documents selected');

    // Shift+arrow and Shift+click select the run from the last row chosen.
    await page.keyboard.press('Shift+ArrowUp');
    await expect.poll(() => selectedRows(page)).toEqual(['Charlie', 'Bravo']);
    await row(page, 'Alpha').click({ modifiers: ['Shift'] });
    await expect.poll(() => selectedRows(page)).toEqual(['Alpha', 'Charlie', 'Bravo']);

    // Escape goes back to the open document alone; Ctrl/Cmd+A selects every listed one.
    await page.keyboard.press('Escape');
    await expect.poll(() => selectedRows(page)).toEqual(['Alpha']);
    await expect(selectionBar(page)).toHaveCount(0);
    await page.keyboard.press('ControlOrMeta+a');
    await expect.poll(() => selectedRows(page)).toEqual(['Alpha', 'Charlie', 'Bravo']);

    await selectionBar(page).getByRole('button', { name: 'Edit outlet and date…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Edit outlet and date' });
    await expect(dialog.getByRole('listitem')).toHaveText([/^Alpha:/, /^Charlie:/, /^Bravo:/]);
    // Nothing is changed until a field is.
    const apply = dialog.getByRole('button', { name: 'Apply to 3 documents' });
    await expect(apply).toBeDisabled();
    await expect(dialog.getByRole('radiogroup', { name: 'Outlet' }).getByRole('radio', { name: 'Leave as is' })).toBeChecked();
    await expect(dialog).toContainText('Now: AFP, Reuters and TASS.');
    await expect(dialog).toContainText('Now: 3 dates from Mar 1, 2018 to Jan 15, 2022.');

    // The outlet field has the focus, offers the registry's outlets, and typing in it is choosing to change it.
    await expect(dialog.getByRole('combobox', { name: 'Outlet' })).toBeFocused();
    await expect(dialog.locator('datalist option[value="Sputnik"]')).toHaveCount(1);
    await page.keyboard.type('Sputnik');
    await expect(dialog.getByRole('radiogroup', { name: 'Outlet' }).getByRole('radio', { name: 'Change' })).toBeChecked();
    await dialog.getByRole('radiogroup', { name: 'Date published' }).getByRole('radio', { name: 'Change' }).check();
    await expect(dialog.getByRole('textbox', { name: 'Date published' })).toBeFocused();
    await dialog.getByRole('textbox', { name: 'Date published' }).fill('2019-07-04');
    await apply.click();

    await expect(dialog).toBeHidden();
    await expect(page.getByRole('status').filter({ hasText: 'Outlet and date set on 3 documents' })).toBeVisible();
    for (const name of ['Alpha', 'Charlie', 'Bravo']) await expect(row(page, name)).toContainText('Sputnik · Jul 4, 2019');
    // The open document shows its new details too, and the selection stays for another edit.
    await expect(reader(page)).toContainText('Sputnik');
    await expect(selectionBar(page)).toContainText('3 documents selected');

    // Clearing a field takes it off every selected document.
    await selectionBar(page).getByRole('button', { name: 'Edit outlet and date…' }).click();
    await dialog.getByRole('radiogroup', { name: 'Date published' }).getByRole('radio', { name: 'Clear' }).check();
    await expect(dialog).toContainText('The date is removed from all 3 documents.');
    await dialog.getByRole('button', { name: 'Apply to 3 documents' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('status').filter({ hasText: 'Date cleared on 3 documents' })).toBeVisible();
    for (const name of ['Alpha', 'Charlie', 'Bravo']) {
      await expect(row(page, name)).not.toContainText('2019');
      await expect(row(page, name)).toContainText('Sputnik');
    }
    expectCleanRun(guard, host);
  });

  test('a plain click still opens a single document, and the selection can be cleared', async ({ page, host, guard }) => {
    await importThreeDated(page, host);
    await openShell(page, host);

    await row(page, 'Alpha').click({ modifiers: ['ControlOrMeta'] });
    await row(page, 'Bravo').click({ modifiers: ['ControlOrMeta'] });
    await expect(selectionBar(page)).toContainText('2 documents selected');

    // A right click inside the selection keeps it and offers what can be done with it.
    await row(page, 'Bravo').click({ button: 'right' });
    const menu = page.getByRole('menu', { name: '2 selected documents' });
    await expect(menu.getByRole('menuitem', { name: 'Edit outlet and date…' })).toBeVisible();
    await menu.getByRole('menuitem', { name: 'Clear selection' }).click();
    await expect(selectionBar(page)).toHaveCount(0);
    await expect(documentList(page)).toBeFocused();

    await row(page, 'Alpha').click({ modifiers: ['ControlOrMeta'] });
    await row(page, 'Bravo').click({ modifiers: ['ControlOrMeta'] });
    await selectionBar(page).getByRole('button', { name: 'Clear selection' }).click();
    await expect(selectionBar(page)).toHaveCount(0);

    await row(page, 'Alpha').click({ modifiers: ['ControlOrMeta'] });
    await row(page, 'Bravo').click({ modifiers: ['ControlOrMeta'] });
    await expect.poll(() => selectedRows(page)).toEqual(['Alpha', 'Bravo']);
    await row(page, 'Charlie').click();
    await expect(reader(page).getByRole('heading', { name: /^Charlie:/ })).toBeVisible();
    await expect.poll(() => selectedRows(page)).toEqual(['Charlie']);
    await expect(selectionBar(page)).toHaveCount(0);

    // Plain arrows still walk the list one open document at a time.
    await page.keyboard.press('ArrowDown');
    await expect(reader(page).getByRole('heading', { name: /^Bravo:/ })).toBeVisible();
    await expect.poll(() => selectedRows(page)).toEqual(['Bravo']);
    expectCleanRun(guard, host);
  });
});
