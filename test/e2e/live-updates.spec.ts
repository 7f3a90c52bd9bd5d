import type { Claim, Source } from '../../core/domain.js';
import { ARTICLE, ARTICLE_TITLE, importArticle } from './claims-helpers.js';
import { sourceList } from './sources-newsroom.js';
import { callApi, library, openDocument, reader } from './support/documents.js';
import { expect, guardContext, openShell, test, watchPage } from './support/fixtures.js';

test('a change saved in one window appears in another without reloading', async ({ context, page, host, guard }) => {
  await openShell(page, host);
  const other = await context.newPage();
  watchPage(other, guard);
  await openShell(other, host);

  await other.getByRole('button', { name: 'Settings' }).click();
  const dialog = other.getByRole('dialog', { name: 'Settings' });
  await dialog.getByRole('textbox', { name: 'Reviewer name' }).fill('Sam Okafor');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();

  await expect(page.getByRole('contentinfo').getByRole('button', { name: 'Reviewer: Sam Okafor' })).toBeVisible();
  expect(guard.consoleErrors).toEqual([]);
});

test('the lists and the document details count claims made, finished and deleted elsewhere', async ({ page, host, guard }) => {
  const documentId = await importArticle(page, host);
  const afp = (await callApi<Source[]>(page, host, 'sources.list', { query: 'AFP' }))[0]!;
  await openShell(page, host);
  const row = library(page).getByRole('option', { name: new RegExp(ARTICLE_TITLE) });
  await expect(row).toContainText('No claims yet');
  await openDocument(page, ARTICLE_TITLE);
  const details = reader(page).getByRole('region', { name: 'Document details' });
  await expect(details).toContainText('0 claims, 0 done');

  const claim = (words: string, hops: unknown[] = []) => {
    const start = ARTICLE.indexOf(words);
    return callApi<Claim>(page, host, 'claims.create', { documentId, start, end: start + words.length, hops });
  };
  const first = await claim('heavy weapons', [{ sourceId: afp.id, kind: 'quote' }]);
  const second = await claim('Analysts expect the agreement to hold');
  await expect(row).toContainText('0 of 2 done');
  for (const status of ['in_progress', 'in_review', 'done']) await callApi(page, host, 'claims.setStatus', { id: second.id, status });
  await expect(row).toContainText('1 of 2 done');
  await expect(details).toContainText('2 claims, 1 done');

  await page.getByRole('tab', { name: /Sources/ }).click();
  await page.getByPlaceholder(/Filter by name/).fill('AFP');
  const afpRow = sourceList(page)
    .getByRole('option')
    .filter({ has: page.getByText('AFP', { exact: true }) });
  await expect(afpRow).toContainText('1 claim');
  await callApi(page, host, 'claims.delete', { id: first.id });
  await expect(afpRow).toContainText('0 claims');
  await expect(details).toContainText('1 claim, 1 done');
  await page.getByRole('tab', { name: /Documents/ }).click();
  await expect(row).toContainText('1 of 1 done');
  expect(guard.consoleErrors).toEqual([]);
});

test.describe('a host started with an access token', () => {
  test.use({ hostOptions: { token: 'e2e-secret-token-7f3a' } });

  test('takes the token from the address once, hides it and keeps working after a reload', async ({ page, host, guard }) => {
    expect(host.url).toContain('token=');
    await openShell(page, host);
    expect(new URL(page.url()).searchParams.has('token')).toBe(false);
    await expect(page.getByRole('banner').getByRole('heading', { level: 1, name: 'e2e' })).toBeVisible();

    await page.reload();
    await expect(page.locator('body')).toHaveAttribute('data-ready', 'true');
    await expect(page.getByRole('banner').getByRole('heading', { level: 1, name: 'e2e' })).toBeVisible();

    // Events need the token as well: a change made by another client still arrives.
    const token = new URL(host.url).searchParams.get('token')!;
    const answer = await page.request.post(`${host.origin}/api/settings.update`, {
      headers: { authorization: `Bearer ${token}` },
      data: { reviewerName: 'Token Holder' },
    });
    expect(answer.status()).toBe(200);
    await expect(page.getByRole('contentinfo').getByRole('button', { name: 'Reviewer: Token Holder' })).toBeVisible();
    expect(guard.consoleErrors).toEqual([]);
  });

  test('explains what is wrong when the address has no token', async ({ browser, host }) => {
    const context = await browser.newContext();
    const guard = { consoleErrors: [] as string[], requests: [] as string[], blocked: [] as string[] };
    await guardContext(context, host, guard);
    const page = await context.newPage();
    watchPage(page, guard);
    await page.goto(`${host.origin}/`);
    const failure = page.getByRole('main', { name: 'Workbench' });
    await expect(failure.getByRole('heading', { name: 'The workbench could not be loaded' })).toBeVisible();
    await expect(failure).toContainText('This workbench needs its access token.');
    await expect(page.getByRole('status')).toHaveText('The workbench could not be loaded');
    expect(guard.blocked).toEqual([]);
    await context.close();
  });
});

test('the title bar counts documents, claims and evidence as they are added and removed elsewhere', async ({ page, host, guard }) => {
  await openShell(page, host);
  const counts = page.getByRole('banner').getByRole('list', { name: 'Workbench contents' });
  await expect(counts).toContainText('0 documents');

  const documentId = await importArticle(page, host);
  await expect(counts).toContainText('1 document');
  await expect(counts).toContainText('0 claims');

  const words = 'heavy weapons';
  const start = ARTICLE.indexOf(words);
  const claim = await callApi<Claim>(page, host, 'claims.create', { documentId, start, end: start + words.length });
  await expect(counts).toContainText('1 claim');
  await expect(library(page).getByRole('option', { name: new RegExp(ARTICLE_TITLE) })).toContainText('0 of 1 done');

  const evidence = await callApi<{ id: string }>(page, host, 'evidence.addUrl', {
    claimId: claim.id,
    url: 'https://example.org/statement',
  });
  await expect(counts).toContainText('1 evidence item');
  await callApi(page, host, 'evidence.delete', { id: evidence.id });
  await expect(counts).toContainText('0 evidence items');

  await callApi(page, host, 'claims.delete', { id: claim.id });
  await expect(counts).toContainText('0 claims');
  await expect(library(page).getByRole('option', { name: new RegExp(ARTICLE_TITLE) })).toContainText('No claims yet');
  expect(guard.consoleErrors).toEqual([]);
});
