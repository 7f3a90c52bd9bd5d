// Making claims in the reader: from a selection with the keyboard, the floating button or the
// menu; overlapping claims each stay reachable; undo and redo; orphans after a re-import.
import {
  ARTICLE,
  ARTICLE_TITLE,
  claimsOf,
  documentText,
  expectInspecting,
  importArticle,
  inspector,
  marksWith,
  openArticle,
  selectInReader,
} from './claims-helpers.js';
import { callApi, expectCleanRun, openDocument, reader } from './support/documents.js';
import { expect, openShell, test } from './support/fixtures.js';

const QUOTE = 'We will not hand over our heavy weapons';

test.describe('claims in the reader', () => {
  test('a selection becomes a claim with the keyboard, and undo and redo take it back and bring it back', async ({ page, host, guard }) => {
    const documentId = await openArticle(page, host);
    await selectInReader(page, QUOTE);
    await expect(reader(page).getByRole('button', { name: 'Make claim' })).toBeVisible();
    await page.keyboard.press('c');

    await expect(marksWith(page, QUOTE)).toHaveCount(1);
    await expectInspecting(page, QUOTE);
    const [claim] = await claimsOf(page, host, documentId);
    expect(claim?.quote).toBe(QUOTE);
    expect(ARTICLE.slice(claim!.start!, claim!.end!)).toBe(QUOTE);
    await expect(reader(page).getByRole('toolbar', { name: 'Claims' })).toContainText('Claim 1 of 1');

    await page.keyboard.press('Control+z');
    await expect(documentText(page).locator('mark')).toHaveCount(0);
    await expect(inspector(page).getByRole('heading', { name: 'No claim selected' })).toBeVisible();
    expect(await claimsOf(page, host, documentId)).toEqual([]);

    await page.keyboard.press('Control+Shift+z');
    await expect(marksWith(page, QUOTE)).toHaveCount(1);
    await expectInspecting(page, QUOTE);
    const [restored] = await claimsOf(page, host, documentId);
    expect(restored?.id).toBe(claim?.id);

    // The undo and redo buttons say what they would do.
    await expect(reader(page).getByRole('button', { name: 'Undo make claim' })).toBeEnabled();
    expectCleanRun(guard, host);
  });

  test('undo belongs to the document it was done in, and waits there while another is read', async ({ page, host, guard }) => {
    const otherTitle = 'Harbour Pilots Return to Work';
    await callApi(page, host, 'documents.importText', {
      title: otherTitle,
      text: `${otherTitle}\n\nThe harbour authority said on Tuesday that the pilots had returned after a two-day stoppage.\n`,
    });
    const documentId = await openArticle(page, host);
    await selectInReader(page, QUOTE);
    await page.keyboard.press('c');
    await expect(marksWith(page, QUOTE)).toHaveCount(1);

    await openDocument(page, otherTitle);
    const claimsBar = reader(page).getByRole('toolbar', { name: 'Claims' });
    await expect(claimsBar.getByRole('button', { name: 'Undo', exact: true })).toBeDisabled();
    // Nothing done here: the shortcut leaves the claim made in the other document alone.
    await documentText(page).click();
    await page.keyboard.press('Control+z');
    await expect(page.getByRole('status').filter({ hasText: 'Undone' })).toHaveCount(0);
    expect(await claimsOf(page, host, documentId)).toHaveLength(1);

    await openDocument(page, ARTICLE_TITLE);
    await expect(reader(page).getByRole('button', { name: 'Undo make claim' })).toBeEnabled();
    await reader(page).getByRole('button', { name: 'Undo make claim' }).click();
    await expect(documentText(page).locator('mark')).toHaveCount(0);
    expect(await claimsOf(page, host, documentId)).toEqual([]);
    expectCleanRun(guard, host);
  });

  test('makes claims from the floating button and the menu, across paragraphs too', async ({ page, host, guard }) => {
    const documentId = await openArticle(page, host);
    // A drag picks up the spaces around the words; the claim keeps the words only.
    await selectInReader(page, ' the deadline passed without incident.');
    await reader(page).getByRole('button', { name: 'Make claim' }).click();
    await expect(marksWith(page, 'the deadline passed without incident.')).toHaveCount(1);
    expect((await claimsOf(page, host, documentId)).map((claim) => claim.quote)).toEqual(['the deadline passed without incident.']);

    await selectInReader(page, 'Analysts expect the agreement');
    const box = await page.evaluate(() => {
      const rect = window.getSelection()!.getRangeAt(0).getBoundingClientRect();
      return { x: rect.left + 10, y: rect.top + rect.height / 2 };
    });
    await page.mouse.click(box.x, box.y, { button: 'right' });
    // The selection's own item, beside the ones for the sentence and the paragraph under the pointer.
    await page.getByRole('menuitem', { name: 'Make claim', exact: true }).click();
    await expect(marksWith(page, 'Analysts expect the agreement')).toHaveCount(1);

    // A selection from one paragraph into the next is one claim, marked in both.
    await page.evaluate(() => {
      const paragraphs = [...document.querySelectorAll('[aria-label="Document text"] p')];
      const first = paragraphs.find((p) => p.textContent?.startsWith('The National Liberation Front'))!;
      const second = paragraphs.find((p) => p.textContent?.startsWith('"We will not'))!;
      const range = document.createRange();
      const firstText = first.lastChild!.lastChild ?? first.lastChild!;
      range.setStart(firstText, (firstText.textContent ?? '').indexOf('after meeting'));
      const secondText = second.firstChild!.firstChild ?? second.firstChild!;
      range.setEnd(secondText, 9);
      window.getSelection()!.removeAllRanges();
      window.getSelection()!.addRange(range);
    });
    await page.keyboard.press('Control+Enter');
    await expect(marksWith(page, 'after meeting with Turkish officials.')).toHaveCount(1);
    await expect(marksWith(page, '"We will')).toHaveCount(1);
    const quotes = (await claimsOf(page, host, documentId)).map((claim) => claim.quote);
    expect(quotes).toContain('after meeting with Turkish officials.\n\n"We will');
    expectCleanRun(guard, host);
  });

  test('overlapping claims render and each can be opened, by click, by chooser and by keyboard', async ({ page, host, guard }) => {
    await openArticle(page, host);
    const outer = '"We will not hand over our heavy weapons," NLF spokesman Naji Mustafa told AFP.';
    const inner = 'our heavy weapons," NLF spokesman';
    await selectInReader(page, outer);
    await page.keyboard.press('c');
    await expect(marksWith(page, outer)).toHaveCount(1);
    await selectInReader(page, inner);
    await page.keyboard.press('c');
    await expectInspecting(page, inner);
    // Three pieces: outer only, both, outer only.
    await expect(documentText(page).locator('mark')).toHaveCount(3);
    await expect(documentText(page).locator('mark.claim-mark--overlap')).toHaveText(inner);

    await documentText(page).locator('mark').filter({ hasText: 'We will not' }).click();
    await expectInspecting(page, outer);
    await expect(documentText(page).locator('mark.is-active')).toHaveCount(3);

    // Where both claims lie, a click asks which one.
    await documentText(page).locator('mark.claim-mark--overlap').click();
    const chooser = page.getByRole('menu', { name: 'Claims here' });
    await expect(chooser.getByRole('menuitem')).toHaveCount(2);
    await chooser.getByRole('menuitem', { name: /our heavy weapons," NLF spokesman/ }).click();
    await expectInspecting(page, inner);
    await expect(documentText(page).locator('mark.is-active')).toHaveCount(1);

    // J and K step through the claims in reading order.
    await page.locator('body').press('k');
    await expectInspecting(page, outer);
    await page.locator('body').press('j');
    await expectInspecting(page, inner);
    await reader(page).getByRole('button', { name: 'Previous claim' }).click();
    await expectInspecting(page, outer);
    expectCleanRun(guard, host);
  });

  test('a claim whose words a re-import removed is listed and can be re-attached', async ({ page, host, guard }) => {
    const documentId = await importArticle(page, host);
    const gone = 'Reuters reported that the deadline passed without incident.';
    const start = ARTICLE.indexOf(gone);
    await callApi(page, host, 'claims.create', { documentId, start, end: start + gone.length });
    await openShell(page, host);
    await openDocument(page, ARTICLE_TITLE);
    await expect(marksWith(page, gone)).toHaveCount(1);

    const revised = ARTICLE.replace(gone, 'The deadline came and went; the agreement stood.');
    await callApi(page, host, 'documents.reimport', {
      id: documentId,
      name: 'idlib.txt',
      dataBase64: Buffer.from(revised, 'utf8').toString('base64'),
    });
    const orphans = reader(page).getByRole('region', { name: 'Claims that lost their place' });
    await expect(orphans).toContainText(gone);
    await expect(documentText(page).locator('mark')).toHaveCount(0);

    await selectInReader(page, 'The deadline came and went');
    await orphans.getByRole('button', { name: 'Re-attach to selection' }).click();
    await expect(orphans).toHaveCount(0);
    await expect(marksWith(page, 'The deadline came and went')).toHaveCount(1);
    const [claim] = await claimsOf(page, host, documentId);
    expect(claim?.orphaned).toBe(false);
    expect(claim?.quote).toBe('The deadline came and went');
    expectCleanRun(guard, host);
  });
});
