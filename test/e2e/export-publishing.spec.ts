// The publish step: reports of the Done claims only, ClaimReview that holds only finished
// fact-checks and cannot break out of the page it is pasted into, and Markdown whose links work.
import { marked } from 'marked';

import {
  ARTICLE_TITLE,
  CLAIM_QUOTE,
  downloadFrom,
  exportDialog,
  openExportForArticle,
  SECOND_QUOTE,
  seedDocumentWithClaim,
  seedPublishingDesk,
} from './export-support.js';
import { withoutHttpErrors } from './support/console.js';
import { callApi, expectCleanRun } from './support/documents.js';
import { expect, openShell, test, watchPage } from './support/fixtures.js';

const PATTERN = 'https://desk.example.org/checks/{claim}';
const LEFT_OUT = 'only claims that are Done with a verdict and a rationale are published.';

test.describe('publishing from the export dialog', () => {
  test('exports a "Done only" HTML report holding the Done claim alone, and remembers the choice after a reload', async ({
    page,
    context,
    host,
    guard,
  }) => {
    await seedPublishingDesk(page, host);
    await openShell(page, host);
    const dialog = await openExportForArticle(page, 2);
    await expect(dialog.getByText('2 claims from 1 document')).toBeVisible();
    await dialog.getByRole('radio', { name: 'Done only' }).check();
    await expect(dialog.getByText('1 claim from 1 document')).toBeVisible();
    // The audit history is the desk's own record: out of a report unless asked for.
    await expect(dialog.getByRole('checkbox', { name: /Include the audit history/ })).not.toBeChecked();
    await dialog.getByRole('textbox', { name: /Report title/ }).fill('Saraqib: what we checked');

    const { download, bytes } = await downloadFrom(page, () => dialog.getByRole('button', { name: 'Download' }).click());
    expect(download.suggestedFilename()).toMatch(/^claimtrace-report-saraqib-what-we-checked-[0-9-]+\.html$/u);
    const report = await context.newPage();
    watchPage(report, guard);
    await report.setContent(bytes.toString('utf8'));
    await expect(report.locator('article.claim')).toHaveCount(1);
    await expect(report.locator('article.claim mark')).toHaveText(CLAIM_QUOTE);
    await expect(report.locator('.verdict').first()).toHaveText('False');
    await expect(report.locator('.history-part')).toHaveCount(0);
    await expect(report.locator('.masthead')).toContainText(`${ARTICLE_TITLE} · Done claims`);
    expect(bytes.toString('utf8')).not.toContain(SECOND_QUOTE);
    await report.close();

    await page.reload();
    await expect(page.locator('body')).toHaveAttribute('data-ready', 'true');
    await page.keyboard.press('Control+E');
    const again = exportDialog(page);
    await expect(again.getByRole('radio', { name: 'Done only' })).toBeChecked();
    await expect(again.getByRole('radio', { name: /^HTML report/ })).toBeChecked();
    await expect(again.getByRole('textbox', { name: /Report title/ })).toHaveValue('Saraqib: what we checked');
    expectCleanRun(guard, host);
  });

  test('a ClaimReview needs the review URL pattern from Settings, and then holds only the Done claim', async ({ page, host, guard }) => {
    const { done } = await seedPublishingDesk(page, host);
    await openShell(page, host);
    const dialog = await openExportForArticle(page, 2);
    await dialog.getByRole('radio', { name: /^ClaimReview JSON-LD/ }).check();
    const missing = dialog.getByRole('alert');
    await expect(missing).toContainText('Set the organisation name in Settings');
    await expect(missing).toContainText(`Set the fact-check page address in Settings (for example ${PATTERN})`);
    await expect(dialog.getByRole('button', { name: 'Download' })).toBeDisabled();

    await missing.getByRole('button', { name: 'Open Settings' }).click();
    const settings = page.getByRole('dialog', { name: 'Settings' });
    await expect(settings).toBeVisible();
    await settings.getByRole('textbox', { name: 'Organisation name' }).fill('Saraqib Verification Desk');
    const website = settings.getByRole('textbox', { name: 'Organisation website' });
    await website.fill('https://desk.example.org/about us');
    const pattern = settings.getByRole('textbox', { name: 'Fact-check page address' });
    await pattern.fill('https://desk.example.org/checks/');
    await settings.getByRole('button', { name: 'Save' }).click();
    await expect(website).toHaveAccessibleDescription(/a web address cannot contain spaces or line breaks/u);
    await expect(pattern).toHaveAccessibleDescription(/put \{claim\} where the claim’s ID goes/u);

    await website.fill('https://desk.example.org/');
    await pattern.fill(PATTERN);
    await settings.getByRole('button', { name: 'Save' }).click();
    await expect(settings).toBeHidden();
    await expect(dialog.getByText(/will be published/u)).toHaveText(
      `1 fact-check will be published. 1 claim left out (1 not Done yet): ${LEFT_OUT}`,
    );

    const { download, bytes } = await downloadFrom(page, () => dialog.getByRole('button', { name: 'Download' }).click());
    expect(download.suggestedFilename()).toMatch(/\.jsonld$/u);
    const reviews = JSON.parse(bytes.toString('utf8')) as { url: string; author: { name: string }; itemReviewed: { author: unknown } }[];
    expect(reviews.map((review) => review.url)).toEqual([`https://desk.example.org/checks/${done.id}`]);
    expect(reviews[0]!.author).toEqual({ '@type': 'Organization', name: 'Saraqib Verification Desk', url: 'https://desk.example.org/' });
    expect(reviews[0]!.itemReviewed.author).toEqual({ '@type': 'Organization', name: 'Syrian Observatory for Human Rights' });
    await expect(page.getByRole('status').filter({ hasText: 'Export downloaded' })).toContainText(
      `1 of 2 claims were left out of ClaimReview (1 not Done yet): ${LEFT_OUT}`,
    );
    // The refused save answered 400, which the browser logs; nothing else went wrong.
    expectCleanRun(guard, host, withoutHttpErrors(guard.consoleErrors, 400));
  });

  test('claim text with </script> stays inert inside a script tag in Chromium', async ({ page, context, host, guard }) => {
    const hostile =
      'Six died </script><script>window.__claimtraceInjected = 1</script><!-- <script>window.__claimtraceInjected = 2</script> -->';
    await seedPublishingDesk(page, host, hostile);
    await callApi(page, host, 'settings.update', { organizationName: 'Saraqib Verification Desk', reviewUrlPattern: PATTERN });
    await openShell(page, host);

    // The ready <script> blocks, as an editor pastes them into the fact-check page.
    let dialog = await openExportForArticle(page, 2);
    await dialog.getByRole('radio', { name: /^ClaimReview for web pages/ }).check();
    await expect(dialog.getByText(/will be published/u)).toBeVisible();
    const block = (await downloadFrom(page, () => dialog.getByRole('button', { name: 'Download' }).click())).bytes.toString('utf8');
    // The JSON-LD file, pasted by hand between script tags.
    dialog = await openExportForArticle(page, 2);
    await dialog.getByRole('radio', { name: /^ClaimReview JSON-LD/ }).check();
    await expect(dialog.getByText(/will be published/u)).toBeVisible();
    const jsonld = (await downloadFrom(page, () => dialog.getByRole('button', { name: 'Download' }).click())).bytes.toString('utf8');

    for (const markup of [block, `<script type="application/ld+json">${jsonld}</script>`]) {
      const publisher = await context.newPage();
      watchPage(publisher, guard);
      await publisher.setContent(
        `<!DOCTYPE html><html><head><title>Fact-check</title></head><body><h1>Fact-check</h1>${markup}<p id="after">After the markup</p></body></html>`,
      );
      expect(await publisher.evaluate(() => (window as { __claimtraceInjected?: number }).__claimtraceInjected)).toBeUndefined();
      await expect(publisher.locator('script')).toHaveCount(1);
      await expect(publisher.locator('script')).toHaveAttribute('type', 'application/ld+json');
      await expect(publisher.locator('#after')).toHaveText('After the markup');
      const data = JSON.parse((await publisher.locator('script').textContent()) ?? 'null') as unknown;
      const reviews = (Array.isArray(data) ? data : [data]) as { claimReviewed: string }[];
      expect(reviews.map((review) => review.claimReviewed)).toEqual([hostile]);
      await publisher.close();
    }
    expectCleanRun(guard, host);
  });

  test('Markdown keeps every web address a working link', async ({ page, context, host, guard }) => {
    const wiki = 'https://en.wikipedia.org/wiki/Idlib_Governorate';
    const battle = 'https://en.wikipedia.org/wiki/Northwestern_Syria_offensive_(December_2019–March_2020)';
    const { documentId, claimId } = await seedDocumentWithClaim(page, host);
    await callApi(page, host, 'documents.update', { id: documentId, patch: { url: wiki } });
    await callApi(page, host, 'claims.setRationale', {
      id: claimId,
      rationaleJson: null,
      rationaleText: `The governorate (${wiki}) saw heavy shelling; see ${battle}.`,
    });
    await callApi(page, host, 'evidence.addUrl', { claimId, url: `${wiki}#Demographics`, title: '', stance: 'context' });
    await openShell(page, host);
    const dialog = await openExportForArticle(page);
    await dialog.getByRole('radio', { name: /^Markdown/ }).check();
    const markdown = (await downloadFrom(page, () => dialog.getByRole('button', { name: 'Download' }).click())).bytes.toString('utf8');

    // No backslash anywhere inside an address.
    expect(markdown).not.toMatch(/https?:\/\/[^\s>)]*\\/u);
    const rendered = await context.newPage();
    watchPage(rendered, guard);
    await rendered.setContent(await marked.parse(markdown));
    const hrefs = await rendered.locator('a').evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
    expect(hrefs).toContain(wiki);
    expect(hrefs).toContain(`${wiki}#Demographics`);
    expect(hrefs).toContain(new URL(battle).href);
    await expect(rendered.getByRole('link', { name: wiki, exact: true }).first()).toBeVisible();
    expectCleanRun(guard, host);
  });
});
