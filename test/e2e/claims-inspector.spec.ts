// The claim inspector: fields that save by themselves, notes in rich text, the attribution chain
// (AFP → a new person), and deleting with undo.
import type { Page } from '@playwright/test';

import { claimsOf, documentText, expectInspecting, inspector, marksWith, openArticle, selectInReader } from './claims-helpers.js';
import { expectCleanRun, reader } from './support/documents.js';
import { expect, test } from './support/fixtures.js';

const QUOTE = 'We will not hand over our heavy weapons';

async function makeClaim(page: Page): Promise<void> {
  await selectInReader(page, QUOTE);
  await page.keyboard.press('c');
  await expectInspecting(page, QUOTE);
}

function claimPanel(page: Page) {
  return inspector(page).getByRole('region', { name: 'Claim' });
}

test.describe('the claim inspector', () => {
  test('saves what the reviewer records, shows it was saved, and undoes an edit', async ({ page, host, guard }) => {
    const documentId = await openArticle(page, host);
    await makeClaim(page);
    const panel = claimPanel(page);

    await panel.getByRole('textbox', { name: 'Statement' }).fill('The NLF refuses to give up its heavy weapons in Idlib.');
    await panel.getByRole('textbox', { name: 'Claimant' }).click();
    await expect(panel.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
    await panel.getByRole('textbox', { name: 'Claimant' }).fill('Naji Mustafa, NLF spokesman');
    await panel.getByRole('combobox', { name: 'Kind' }).selectOption('quote');
    await panel.getByRole('radio', { name: '3: Must check' }).check();
    const tags = panel.getByRole('textbox', { name: 'Tags' });
    await tags.fill('idlib');
    await tags.press('Enter');
    await tags.fill('weapons');
    await tags.press('Enter');
    await expect(panel.getByRole('list', { name: 'Tags' }).getByRole('listitem')).toHaveText(['idlib', 'weapons']);

    const notes = panel.getByRole('textbox', { name: 'Notes' });
    await notes.click();
    await page.keyboard.type('Ask AFP for the full interview. ');
    await page.keyboard.press('Control+b');
    await page.keyboard.type('Urgent');
    await expect(notes.locator('strong, .notes__bold')).toHaveText('Urgent');
    await panel.getByRole('textbox', { name: 'Statement' }).click();

    await expect
      .poll(async () => {
        const [claim] = await claimsOf(page, host, documentId);
        return claim && { ...claim, notesJson: claim.notesJson !== null };
      })
      .toMatchObject({
        statement: 'The NLF refuses to give up its heavy weapons in Idlib.',
        claimant: 'Naji Mustafa, NLF spokesman',
        kind: 'quote',
        checkworthiness: 3,
        tags: ['idlib', 'weapons'],
        notesText: 'Ask AFP for the full interview. Urgent',
        notesJson: true,
      });

    // Undo, with the focus outside any field, takes back the last edit (the notes), then the tags.
    await expect(reader(page).getByRole('button', { name: 'Undo edit notes' })).toBeEnabled();
    await documentText(page).click();
    await page.keyboard.press('Control+z');
    await expect(notes).not.toContainText('Ask AFP');
    await page.keyboard.press('Control+z');
    await expect(panel.getByRole('list', { name: 'Tags' }).getByRole('listitem')).toHaveText(['idlib']);
    const [claim] = await claimsOf(page, host, documentId);
    expect(claim?.tags).toEqual(['idlib']);
    expect(claim?.notesText).toBe('');
    expectCleanRun(guard, host);
  });

  test('builds a two-hop chain from the document back to a new person, and flags an unnamed origin', async ({ page, host, guard }) => {
    const documentId = await openArticle(page, host);
    await makeClaim(page);
    const panel = claimPanel(page);
    await expect(panel.getByText('Origin unknown')).toBeVisible();

    await panel.getByRole('button', { name: 'Add hop' }).click();
    const first = panel.getByRole('combobox', { name: 'Source for hop 1' });
    await first.fill('AFP');
    await panel.getByRole('option', { name: /^AFP/ }).first().click();
    const hops = panel.getByRole('list', { name: 'Hops' });
    await expect(hops.getByRole('listitem', { name: 'Hop 1: AFP' })).toBeVisible();
    await expect(panel.getByText('Origin unknown')).toHaveCount(0);

    // The cue: the words that show the attribution.
    await selectInReader(page, 'told AFP');
    await hops.getByRole('listitem', { name: 'Hop 1: AFP' }).getByRole('button', { name: 'Use selection as cue' }).click();
    await expect(hops.getByRole('listitem', { name: 'Hop 1: AFP' })).toContainText('“told AFP”');

    await panel.getByRole('button', { name: 'Add hop' }).click();
    const second = panel.getByRole('combobox', { name: 'Source for hop 2' });
    await second.fill('NLF spokesman Naji Mustafa');
    await panel.getByRole('option', { name: 'Create “NLF spokesman Naji Mustafa” as person' }).click();
    await expect(hops.getByRole('listitem', { name: 'Hop 2: NLF spokesman Naji Mustafa' })).toBeVisible();

    const [claim] = await claimsOf(page, host, documentId);
    expect(claim?.hops.map((hop) => [hop.sourceName, hop.sourceKind, hop.kind, hop.cue?.text ?? null])).toEqual([
      ['AFP', 'wire_agency', 'quote', 'told AFP'],
      ['NLF spokesman Naji Mustafa', 'person', 'citing', null],
    ]);
    expect(claim?.chainFlag).toBeNull();

    // Reordering with the keyboard, then back with undo.
    await hops.getByRole('button', { name: 'Move hop 2 up' }).focus();
    await page.keyboard.press('Alt+ArrowUp');
    await expect(hops.getByRole('listitem').nth(1)).toHaveAccessibleName('Hop 1: NLF spokesman Naji Mustafa');
    await documentText(page).click();
    await page.keyboard.press('Control+z');
    await expect(hops.getByRole('listitem').nth(1)).toHaveAccessibleName('Hop 1: AFP');

    // A chain that ends in an unnamed source is flagged.
    await panel.getByRole('button', { name: 'Add hop' }).click();
    await panel.getByRole('combobox', { name: 'Source for hop 3' }).fill('military sources');
    await panel.getByRole('option', { name: 'Create “military sources” as unnamed source' }).click();
    await expect(panel.getByText('Origin unnamed')).toBeVisible();
    await hops.getByRole('button', { name: 'Remove hop 3' }).click();
    await expect(panel.getByText('Origin unnamed')).toHaveCount(0);

    // A hop's source opens that source's trace.
    expect(claim?.hops[0]?.sourceId).toBeTruthy();
    await hops.getByRole('button', { name: 'AFP', exact: true }).click();
    const sourcePane = page.getByRole('main', { name: 'Source' });
    await expect(sourcePane.getByRole('heading', { name: 'AFP', level: 1 })).toBeVisible();
    await expect(sourcePane.getByRole('tab', { name: /Trace/ })).toHaveAttribute('aria-selected', 'true');
    expectCleanRun(guard, host);
  });

  test('deletes a claim, and the notice brings it back', async ({ page, host, guard }) => {
    const documentId = await openArticle(page, host);
    await makeClaim(page);
    await claimPanel(page).getByRole('button', { name: 'Delete claim' }).click();
    await expect(documentText(page).locator('mark')).toHaveCount(0);
    await expect(claimPanel(page)).toHaveCount(0);
    await page.getByRole('status').filter({ hasText: 'Claim deleted' }).getByRole('button', { name: 'Undo' }).click();
    await expect(marksWith(page, QUOTE)).toHaveCount(1);
    await expectInspecting(page, QUOTE);
    expect(await claimsOf(page, host, documentId)).toHaveLength(1);
    await expect(reader(page).getByRole('button', { name: 'Redo delete claim' })).toBeEnabled();
    expectCleanRun(guard, host);
  });
});
