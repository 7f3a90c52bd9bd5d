// Silent revisions: an article re-imported after the outlet quietly changed a sentence a claim
// quotes. The reader says the document was revised, the Changes view shows what was added and
// removed and lists the claim with its old and new wording, and the claim's inspector says so too.
import type { Page } from '@playwright/test';

import type { Claim, DocumentDetail, ImportOutcome } from '../../core/domain.js';
import { expectInspecting, inspector } from './claims-helpers.js';
import { openReview, queueList } from './review-support.js';
import { accessibilityFailures } from './support/axe.js';
import type { BrowserHost } from './support/browser-host.js';
import { callApi, expectCleanRun, openDocument, reader } from './support/documents.js';
import { expect, openShell, test } from './support/fixtures.js';

const TITLE = 'Ferry Service Suspended After Engine Fire';
const QUOTED = 'The harbour master said 12 passengers were treated for smoke inhalation.';
const REWORDED = 'The harbour master said 2 passengers were treated for smoke inhalation.';
const LEFT_ALONE = 'Crews will inspect the other two ferries on Wednesday.';
const FIRST = `${TITLE}

The morning ferry to the islands turned back on Monday after a fire broke out in its engine room.

${QUOTED}

The operator said the vessel had passed its annual safety inspection in March and that the cause of the fire was not yet known.

Islanders who depend on the service for supplies and hospital visits were offered seats on a smaller boat chartered for the rest of the week.

${LEFT_ALONE}
`;
const SECOND = FIRST.replace(QUOTED, REWORDED);

const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

/** The article with claims on the quoted sentence and on one the revision left alone, re-imported once. */
async function revisedArticle(page: Page, host: BrowserHost): Promise<{ documentId: string; quoted: Claim; untouched: Claim }> {
  const outcome = await callApi<ImportOutcome>(page, host, 'documents.importFile', { name: 'ferry.txt', dataBase64: base64(FIRST) });
  if (outcome.status !== 'imported') throw new Error(`The article was not imported: ${JSON.stringify(outcome)}`);
  const documentId = outcome.document.id;
  const { text } = await callApi<DocumentDetail>(page, host, 'documents.get', { id: documentId });
  const claimOn = (words: string) => {
    const start = text.indexOf(words);
    return callApi<Claim>(page, host, 'claims.create', { documentId, start, end: start + words.length });
  };
  const quoted = await claimOn(QUOTED);
  const untouched = await claimOn(LEFT_ALONE);
  await callApi(page, host, 'documents.reimport', { id: documentId, name: 'ferry-updated.txt', dataBase64: base64(SECOND) });
  return { documentId, quoted, untouched };
}

function changesDialog(page: Page) {
  return page.getByRole('dialog', { name: 'Changes between versions' });
}

test.describe('a document revised after publication', () => {
  test('lists the reworded claim with both wordings and shows what the new version changed', async ({ page, host, guard }) => {
    const { quoted } = await revisedArticle(page, host);
    await openShell(page, host);
    await openDocument(page, TITLE);

    const details = reader(page).getByRole('region', { name: 'Document details' });
    await expect(details).toContainText('Revised · 2 versions');
    await expect(details).toContainText('1 claim change');
    await details.getByRole('button', { name: 'Show changes' }).click();

    const dialog = changesDialog(page);
    await expect(dialog).toBeVisible();
    await expect(dialog.getByLabel('Compare')).toHaveValue('1');
    await expect(dialog.getByLabel('with')).toHaveValue('2');
    await expect(dialog.getByRole('heading', { name: 'Claims changed · 1 claim' })).toBeVisible();
    const change = dialog.getByRole('listitem').filter({ hasText: 'Reworded' });
    await expect(change).toHaveCount(1);
    await expect(change).toContainText('in version 2');
    // Each wording opens with its "−" or "+" mark.
    await expect(change.getByRole('deletion')).toHaveText(`−${QUOTED}`);
    await expect(change.getByRole('insertion')).toHaveText(`+${REWORDED}`);

    // The text shows the one word replaced, marked as removed and added, with words around it.
    const differences = dialog.getByRole('region', { name: 'Differences between the versions' });
    await expect(differences.getByRole('deletion')).toHaveText('−[removed: 12]');
    await expect(differences.getByRole('insertion')).toHaveText('+[added: 2]');
    await expect(differences).toContainText('The harbour master said');
    await expect(differences).not.toContainText(LEFT_ALONE);
    await dialog.getByRole('checkbox', { name: 'Show the whole text' }).check();
    await expect(differences).toContainText(LEFT_ALONE);
    expect(await accessibilityFailures(dialog)).toEqual([]);
    // The System theme follows the machine: dark now, and every colour must still read.
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await accessibilityFailures(dialog)).toEqual([]);
    await page.emulateMedia({ colorScheme: 'light' });

    // Opening the claim closes the view and shows the claim, which says how it changed.
    await change.getByRole('button', { name: /^Open the claim/ }).click();
    await expect(dialog).toBeHidden();
    await expectInspecting(page, REWORDED);
    const note = inspector(page).getByRole('region', { name: 'Changed after publication' });
    await expect(note).toContainText('Reworded in version 2');
    await expect(note.getByRole('deletion')).toHaveText(`−${QUOTED}`);
    await expect(note.getByRole('insertion')).toHaveText(`+${REWORDED}`);
    expect(await accessibilityFailures(note)).toEqual([]);
    expect((await callApi<Claim>(page, host, 'claims.get', { id: quoted.id })).quote).toBe(REWORDED);

    // An editor's view across the workbench: the dashboard counts the claim and the queue lists it alone.
    const review = await openReview(page);
    await review.getByRole('tab', { name: 'Dashboard' }).click();
    await review.getByRole('button', { name: 'Changed after publication 1' }).click();
    await expect(review.getByRole('button', { name: 'Changed after publication' })).toHaveAttribute('aria-pressed', 'true');
    const queue = queueList(page);
    await expect(queue.getByRole('option')).toHaveCount(1);
    await expect(queue.getByRole('option')).toContainText(REWORDED);
    await expect(queue.getByRole('option')).toContainText('Changed');
    await review.getByRole('button', { name: 'Changed after publication' }).click();
    await expect(queue.getByRole('option')).toHaveCount(2);
    expectCleanRun(guard, host);
  });

  test('says nothing of revisions for a document imported once, nor for a claim the revision left alone', async ({ page, host, guard }) => {
    const { untouched } = await revisedArticle(page, host);
    await callApi(page, host, 'documents.importText', {
      title: 'Harbour Reopens',
      text: 'Harbour Reopens\n\nThe harbour reopened on Tuesday.\n',
    });
    await openShell(page, host);

    await openDocument(page, 'Harbour Reopens');
    const details = reader(page).getByRole('region', { name: 'Document details' });
    await expect(details).toContainText('Imported');
    await expect(details).not.toContainText('Revised');

    await openDocument(page, TITLE);
    await expect(details).toContainText('Revised · 2 versions');
    await reader(page).getByRole('article', { name: 'Document text' }).locator('mark').filter({ hasText: LEFT_ALONE }).click();
    await expectInspecting(page, untouched.quote);
    await expect(inspector(page).getByRole('region', { name: 'Changed after publication' })).toHaveCount(0);
    expectCleanRun(guard, host);
  });
});
