import { CLAIM_QUOTES, openReview, OTHER_TITLE, queueList, REVIEWER, setUpReview, verification } from './review-support.js';
import { expectCleanRun, reader } from './support/documents.js';
import { expect, openShell, test } from './support/fixtures.js';

const LINK = 'https://stats.harbour.example/bulletins/2024-03';

test.describe('evidence and history', () => {
  test('attaches a link, a passage of another document and a local file, and the timeline records each', async ({ page, host, guard }) => {
    await setUpReview(page, host);
    await openShell(page, host);
    await openReview(page);
    await expect(queueList(page).getByRole('option', { selected: true })).toContainText(CLAIM_QUOTES[0]);
    const panel = verification(page);
    const evidence = panel.getByRole('region', { name: 'Evidence' });
    const history = panel.getByRole('region', { name: 'History' });
    await expect(history).toContainText('Created the claim');

    // A link: written down with its access date, shown as text with a copy button, never a live link.
    await evidence.getByRole('button', { name: 'Add link' }).click();
    const linkForm = evidence.getByRole('form', { name: 'Add a link' });
    await linkForm.getByRole('textbox', { name: 'Web address' }).fill(LINK);
    await linkForm.getByRole('textbox', { name: 'Title' }).fill('March traffic bulletin');
    await expect(linkForm.getByLabel('Accessed on')).toHaveValue(/^\d{4}-\d{2}-\d{2}$/);
    await linkForm.getByRole('textbox', { name: 'Note' }).fill('Table 2 gives the March figure.');
    await linkForm.getByRole('radio', { name: 'Supports' }).check();
    await linkForm.getByRole('button', { name: 'Add link' }).click();
    const link = evidence.getByRole('article', { name: 'Link: March traffic bulletin' });
    await expect(link).toContainText(LINK);
    await expect(link).toContainText('Supports');
    await expect(link).toContainText('Table 2 gives the March figure.');
    await expect(link.getByRole('button', { name: 'Copy address' })).toBeVisible();
    await expect(panel.locator(`a[href="${LINK}"]`)).toHaveCount(0);
    await expect(history.getByRole('listitem').first()).toContainText('Added evidence');
    await expect(history.getByRole('listitem').first()).toContainText(LINK);
    await expect(history.getByRole('listitem').first()).toContainText(REVIEWER);

    // A passage of the other article, found by pasting its words.
    await evidence.getByRole('button', { name: 'Add passage' }).click();
    const chooser = evidence.getByRole('group', { name: 'Add a passage' });
    await chooser.getByRole('searchbox', { name: 'Find a document' }).fill('port statistics');
    await chooser.getByRole('button', { name: new RegExp(OTHER_TITLE) }).click();
    const passageForm = evidence.getByRole('form', { name: 'Add a passage' });
    await expect(passageForm.getByRole('document', { name: 'Document text' })).toContainText('northern terminals');
    await passageForm.getByRole('textbox', { name: 'Find the passage' }).fill('passenger numbers in March\nwere 12 percent lower');
    await expect(passageForm).toContainText('Selected: passenger numbers in March were 12 percent lower');
    await passageForm.getByRole('radio', { name: 'Refutes' }).check();
    await passageForm.getByRole('button', { name: 'Add passage' }).click();
    const passage = evidence.getByRole('article', { name: /^Passage:/ });
    await expect(passage).toContainText('passenger numbers in March were 12 percent lower');
    await expect(passage).toContainText(OTHER_TITLE);
    await expect(passage).toContainText('Refutes');
    await expect(history.getByRole('listitem').first()).toContainText('passenger numbers in March were 12 percent lower');

    // A local file, kept in the workbench; in the browser it comes back as a download.
    await evidence.getByRole('button', { name: 'Add file' }).click();
    const fileForm = evidence.getByRole('form', { name: 'Add a file' });
    const csv = 'terminal,sailings\nNorth 1,212\nNorth 2,198\n';
    await fileForm.getByLabel('File').setInputFiles({ name: 'sailings.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await expect(fileForm).toContainText(`sailings.csv · ${csv.length} bytes`);
    await fileForm.getByRole('button', { name: 'Attach file' }).click();
    const file = evidence.getByRole('article', { name: /^File:/ });
    await expect(file).toContainText(`sailings.csv · ${csv.length} bytes · text/csv`);
    await expect(history.getByRole('listitem').first()).toContainText('sailings.csv');
    const downloading = page.waitForEvent('download');
    await file.getByRole('button', { name: 'Download' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe('sailings.csv');
    await expect(evidence).toContainText('3 items');

    // Removing is undone from the notification; the timeline keeps both.
    await link.getByRole('button', { name: 'Delete' }).click();
    await expect(link).toHaveCount(0);
    await page.getByRole('region', { name: 'Notifications' }).getByRole('button', { name: 'Undo' }).click();
    await expect(link).toBeVisible();
    await expect(history.getByRole('listitem').first()).toContainText('Restored evidence');
    await expect(history).toContainText('Removed evidence');

    // Editing the stance is recorded in words.
    await link.getByRole('button', { name: 'Edit' }).click();
    const edit = evidence.getByRole('form', { name: 'Edit evidence' });
    await edit.getByRole('radio', { name: 'Context' }).check();
    await edit.getByRole('button', { name: 'Save' }).click();
    await expect(history.getByRole('listitem').first()).toContainText('Changed the evidence stance');
    await expect(history.getByRole('listitem').first()).toContainText('Supports→Context');

    // "Open in reader" shows the quoted passage in its document.
    await passage.getByRole('button', { name: 'Open in reader' }).click();
    await expect(reader(page).getByRole('heading', { name: OTHER_TITLE, exact: true })).toBeVisible();
    await expect(reader(page).locator('.reader-text')).toHaveAttribute('data-ready', 'true');
    expectCleanRun(guard, host);
  });

  test('writes a formatted rationale that survives a reload and shows in the timeline', async ({ page, host, guard }) => {
    await setUpReview(page, host);
    await openShell(page, host);
    await openReview(page);
    const panel = verification(page);
    const rationale = panel.getByRole('textbox', { name: 'Rationale' });
    await rationale.click();
    await page.keyboard.type('Checked against ');
    await panel.getByRole('button', { name: 'Bold' }).click();
    await page.keyboard.type('two');
    await panel.getByRole('button', { name: 'Bold' }).click();
    await page.keyboard.type(' sources:');
    await page.keyboard.press('Enter');
    await panel.getByRole('button', { name: 'Bulleted list' }).click();
    await page.keyboard.type('the March bulletin');
    await page.keyboard.press('Enter');
    await page.keyboard.type('the union statement');
    await expect(panel.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
    await expect(panel.getByRole('region', { name: 'History' })).toContainText('Changed the rationale');

    await page.reload();
    await expect(page.locator('body')).toHaveAttribute('data-ready', 'true');
    await openReview(page);
    await expect(rationale.locator('strong, b, .rationale-bold')).toHaveText('two');
    await expect(rationale.getByRole('listitem')).toHaveText(['the March bulletin', 'the union statement']);
    expectCleanRun(guard, host);
  });
});
