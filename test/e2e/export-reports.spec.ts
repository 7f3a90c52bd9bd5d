import type { Page } from '@playwright/test';
import { parse } from 'csv-parse/sync';

import { ARTICLE_TITLE, CLAIM_QUOTE, downloadFrom, exportDialog, openExportForArticle, seedDocumentWithClaim } from './export-support.js';
import { openReview, queueList } from './review-support.js';
import { expectCleanRun } from './support/documents.js';
import { expect, isOnHost, openShell, test, watchPage } from './support/fixtures.js';

test.describe('exporting reports in the browser', () => {
  test('downloads the open document as a self-contained HTML report with the claim marked', async ({ page, host, guard }) => {
    await seedDocumentWithClaim(page, host);
    await openShell(page, host);
    const dialog = await openExportForArticle(page);
    await expect(dialog.getByRole('radio', { name: /^HTML report/ })).toBeChecked();

    const { download, bytes } = await downloadFrom(page, () => dialog.getByRole('button', { name: 'Download' }).click());
    expect(download.suggestedFilename()).toMatch(/^claimtrace-report-ceasefire-talks-stall[a-z0-9-]*\.html$/u);
    const html = bytes.toString('utf8');
    expect(html).toMatch(/^<!doctype html>/iu);
    expect(html).toContain(`<mark>${CLAIM_QUOTE}</mark>`);
    expect(html).toContain(ARTICLE_TITLE);
    // Self-contained: no script, and nothing it would load from anywhere else.
    expect(html).not.toMatch(/<script/iu);
    expect(html).not.toMatch(/<(?:link|img|iframe|object|embed)\b[^>]*(?:src|href)=["']?(?:https?:)?\/\//iu);

    await expect(dialog).toBeHidden();
    await expect(page.getByRole('status').filter({ hasText: 'Export downloaded' })).toBeVisible();
    expectCleanRun(guard, host);
  });

  test('Ctrl+E opens the dialog, and Open report shows the report in a new tab that loads nothing and runs nothing', async ({
    page,
    context,
    host,
    guard,
  }) => {
    await seedDocumentWithClaim(page, host);
    await openShell(page, host);
    await page.keyboard.press('Control+E');
    const dialog = exportDialog(page);
    await expect(dialog).toBeVisible();
    // No document is open, so the whole workbench is what there is to export.
    await expect(dialog.getByRole('radio', { name: /This document/ })).toBeDisabled();
    await expect(dialog.getByRole('radio', { name: /Whole workbench/ })).toBeChecked();
    await expect(dialog.getByRole('radio', { name: /Whole workbench/ })).toHaveAccessibleDescription(/1 document, 1 claim/u);

    const opening = context.waitForEvent('page');
    await dialog.getByRole('button', { name: 'Open report' }).click();
    const report = await opening;
    const reportRequests: string[] = [];
    report.on('request', (request) => reportRequests.push(request.url()));
    watchPage(report, guard);
    await report.waitForLoadState('load');
    expect(new URL(report.url()).protocol).toBe('blob:');
    await expect(report.locator('mark').filter({ hasText: CLAIM_QUOTE })).toBeVisible();
    await expect(report.locator('h1')).toBeVisible();
    await expect(report.locator('script')).toHaveCount(0);
    expect(reportRequests.filter((url) => !isOnHost(url, host))).toEqual([]);
    await expect(dialog).toBeHidden();
    expectCleanRun(guard, host);
  });

  test('exports CSV with a byte-order mark for Excel, and the file parses back to the claim', async ({ page, host, guard }) => {
    await seedDocumentWithClaim(page, host);
    await openShell(page, host);
    const dialog = await openExportForArticle(page);
    await dialog.getByRole('radio', { name: /^CSV/ }).check();
    const bom = dialog.getByRole('checkbox', { name: /Add byte-order mark for Excel/ });
    await expect(bom).not.toBeChecked();
    await bom.check();

    const { download, bytes } = await downloadFrom(page, () => dialog.getByRole('button', { name: 'Download' }).click());
    expect(download.suggestedFilename()).toMatch(/\.csv$/u);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parse(bytes.subarray(3).toString('utf8'), { columns: true, skip_empty_lines: true }) as Record<string, string>[];
    expect(rows).toHaveLength(1);
    const row = rows[0]!;
    expect(Object.values(row)).toContain(CLAIM_QUOTE);
    expect(Object.values(row)).toContain('Syrian Observatory for Human Rights');

    // The choice is remembered for the next export in this session.
    await page.keyboard.press('Control+E');
    await expect(exportDialog(page).getByRole('radio', { name: /^CSV/ })).toBeChecked();
    await expect(exportDialog(page).getByRole('checkbox', { name: /Add byte-order mark for Excel/ })).toBeChecked();
    expectCleanRun(guard, host);
  });

  test('a PDF is printed by the Chromium of the computer serving the workbench, and downloaded', async ({ page, host, guard }) => {
    await seedDocumentWithClaim(page, host);
    await openShell(page, host);
    const dialog = await openExportForArticle(page);
    await dialog.getByRole('radio', { name: /^PDF report/ }).check();
    await expect(dialog).toContainText('The report is printed to PDF on the computer serving this workbench and downloaded.');

    const { download, bytes } = await downloadFrom(page, () => dialog.getByRole('button', { name: 'Download PDF' }).click());
    expect(download.suggestedFilename()).toMatch(/^claimtrace-report-ceasefire-talks-stall[a-z0-9-]*\.pdf$/u);
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(bytes.length).toBeGreaterThan(2000);
    await expect(page.getByRole('status').filter({ hasText: 'PDF downloaded' })).toBeVisible();
    await expect(dialog).toBeHidden();
    expectCleanRun(guard, host);
  });

  test('exports the claims the review queue shows', async ({ page, host, guard }) => {
    await seedDocumentWithClaim(page, host);
    await openShell(page, host);
    await exportQueueClaims(page);
    const dialog = exportDialog(page);
    await expect(dialog.getByRole('radio', { name: /Claims in the review queue/ })).toBeChecked();
    await expect(dialog.getByRole('radio', { name: /Claims in the review queue/ })).toHaveAccessibleDescription('No filters · 1 claim');
    await dialog.getByRole('radio', { name: /^Markdown/ }).check();
    await dialog.getByRole('textbox', { name: /Report title/ }).fill('Saraqib casualty figures');

    const { download, bytes } = await downloadFrom(page, () => dialog.getByRole('button', { name: 'Download' }).click());
    expect(download.suggestedFilename()).toMatch(/^claimtrace-report-saraqib-casualty-figures-[0-9-]+\.md$/u);
    const markdown = bytes.toString('utf8');
    expect(markdown).toContain('Saraqib casualty figures');
    expect(markdown).toContain(CLAIM_QUOTE);
    expectCleanRun(guard, host);
  });

  test('shows progress while the export runs, and Cancel stops it without saving anything', async ({ page, host, guard }) => {
    await seedDocumentWithClaim(page, host);
    await openShell(page, host);
    const dialog = await openExportForArticle(page);

    // The export is held on its way to the host, so the run can be watched and cancelled mid-way.
    let release: () => Promise<void> = async () => undefined;
    const held = new Promise<void>((resolve) => {
      void page.route('**/api/exports.render', (route) => {
        release = () => route.continue();
        resolve();
      });
    });
    await dialog.getByRole('button', { name: 'Download' }).click();
    await held;
    const progress = dialog.getByRole('progressbar', { name: 'Export progress' });
    await expect(progress).toBeVisible();
    await expect(progress).toHaveAttribute('aria-valuetext', 'Preparing the export…');
    await expect(dialog.getByRole('radio', { name: /^CSV/ })).toBeDisabled();

    const cancelling = page.waitForRequest('**/api/exports.cancel');
    await dialog.getByRole('button', { name: 'Cancel export' }).click();
    const cancelRequest = await cancelling;
    expect(cancelRequest.postDataJSON()).toEqual({ exportId: expect.stringMatching(/^[0-9a-f-]{36}$/u) });
    await expect(progress).toBeHidden();
    await expect(dialog.getByRole('status')).toHaveText('Export cancelled. Nothing was saved.');

    // The answer that still arrives is not turned into a download.
    const answered = page.waitForResponse('**/api/exports.render');
    await release();
    await answered;
    await expect(dialog.getByRole('button', { name: 'Download' })).toBeEnabled();
    await expect(page.getByRole('status').filter({ hasText: 'Export downloaded' })).toHaveCount(0);
    expectCleanRun(guard, host);
  });

  test('an export the workbench refuses says why and keeps the dialog open', async ({ page, host, guard }) => {
    const { documentId } = await seedDocumentWithClaim(page, host);
    await openShell(page, host);
    await exportQueueClaims(page, ARTICLE_TITLE);
    const dialog = exportDialog(page);
    await expect(dialog.getByRole('radio', { name: /Claims in the review queue/ })).toHaveAccessibleDescription(
      `in ${ARTICLE_TITLE} · 1 claim`,
    );
    // The document (and with it the claim) goes to the bin in another window.
    await page.request.post(`${host.origin}/api/documents.delete`, { data: { id: documentId } });
    await dialog.getByRole('button', { name: 'Download' }).click();
    await expect(dialog.getByRole('alert')).toContainText('The export did not finish.');
    await expect(dialog).toBeVisible();
    expectCleanRun(
      guard,
      host,
      guard.consoleErrors.filter((line) => !/status of 4\d\d/u.test(line)),
    );
  });
});

test.describe('exporting a PDF where the host has no Chromium', () => {
  test.use({ hostOptions: { env: { CHROMIUM_PATH: '/nonexistent/chromium' } } });

  test('the report opens in a print window instead, as the dialog explains', async ({ page, context, host, guard }) => {
    await seedDocumentWithClaim(page, host);
    await openShell(page, host);
    const dialog = await openExportForArticle(page);
    await dialog.getByRole('radio', { name: /^PDF report/ }).check();
    await expect(dialog).toContainText('Your browser’s print dialog opens; choose Save as PDF.');

    const opening = context.waitForEvent('page');
    await dialog.getByRole('button', { name: 'Print to PDF…' }).click();
    const printed = await opening;
    watchPage(printed, guard);
    await printed.waitForLoadState('load');
    await expect(printed.locator('mark').filter({ hasText: CLAIM_QUOTE })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'Report opened for printing' })).toBeVisible();
    expectCleanRun(guard, host);
  });
});

/** Sends the claims the review queue lists (of one document, when given) to the export dialog, with its "Export these…". */
async function exportQueueClaims(page: Page, documentTitle?: string): Promise<void> {
  const review = await openReview(page);
  if (documentTitle) await review.getByRole('combobox', { name: 'Document' }).selectOption({ label: documentTitle });
  await expect(queueList(page).getByRole('option')).toHaveCount(1);
  await expect(queueList(page).getByRole('option')).toContainText(CLAIM_QUOTE);
  await review.getByRole('button', { name: 'Export these…' }).click();
}
