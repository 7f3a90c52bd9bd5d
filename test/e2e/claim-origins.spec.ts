import type { Page } from '@playwright/test';

import type { Claim } from '../../core/domain.js';
import { downloadFrom, exportDialog } from './export-support.js';
import { openReview, queueList, verification } from './review-support.js';
import type { BrowserHost } from './support/browser-host.js';
import { callApi, expectCleanRun, importThroughApi, textFile } from './support/documents.js';
import { expect, openShell, test } from './support/fixtures.js';

const CLAIM = 'Air defences shot down four drones over the northern district before dawn';

// Three outlets carrying one TASS report, each in its own words around the same sentence.
const RELAYS = [
  { outlet: 'Frontline Digest', title: 'Drones downed in the north', lead: 'TASS reported on Sunday.', publishedAt: '2024-04-07' },
  { outlet: 'Eastern Wire Review', title: 'Night attack repelled', lead: 'according to TASS.', publishedAt: '2024-04-08' },
  { outlet: 'Levant Evening Post', title: 'Four drones intercepted', lead: 'the TASS news agency said.', publishedAt: '2024-04-08' },
];

async function setUpRelays(page: Page, host: BrowserHost): Promise<Claim[]> {
  const sources = await callApi<{ id: string; name: string }[]>(page, host, 'sources.list', {});
  const tass = sources.find((source) => source.name === 'TASS')!;
  const claims: Claim[] = [];
  for (const [index, relay] of RELAYS.entries()) {
    await callApi(page, host, 'sources.create', { name: relay.outlet, kind: 'website' });
    const text = `${relay.title}\n\n${CLAIM}, ${relay.lead}\n\nLocal officials gave no figure for damage.`;
    const documentId = await importThroughApi(page, host, textFile(`relay-${index}.txt`, text));
    await callApi(page, host, 'documents.update', { id: documentId, patch: { outlet: relay.outlet, publishedAt: relay.publishedAt } });
    const stored = (await callApi<{ text: string }>(page, host, 'documents.get', { id: documentId })).text;
    const span = { start: stored.indexOf(CLAIM), end: stored.indexOf(CLAIM) + CLAIM.length };
    const claim = await callApi<Claim>(page, host, 'claims.create', { documentId, ...span, hops: [{ sourceId: tass.id, kind: 'citing' }] });
    // The reviewer linked each later copy to the first claim as another appearance of it.
    if (claims[0]) await callApi(page, host, 'claims.linkAppearance', { id: claims[0].id, documentId, ...span });
    claims.push(claim);
  }
  return claims;
}

test.describe('independent origins', () => {
  test('three documents relaying one TASS claim show one independent origin, flagged in the queue', async ({ page, host, guard }) => {
    await setUpRelays(page, host);
    await openShell(page, host);
    await openReview(page);
    const list = queueList(page);
    await expect(list.getByRole('option')).toHaveCount(3);
    await expect(list.getByRole('option').filter({ hasText: 'Single origin' })).toHaveCount(3);

    await page.getByRole('group', { name: 'Queue filters' }).getByLabel('Origins').selectOption('Single origin');
    await expect(list.getByRole('option')).toHaveCount(3);
    await list.getByRole('option').first().click();

    const origins = verification(page).locator('details.origins');
    await expect(origins.locator('summary')).toContainText('3 documents · 1 independent origin');
    await expect(origins.locator('summary')).toContainText('Single origin');
    await origins.locator('summary').click();
    const listed = origins.getByRole('list', { name: 'Independent origins' });
    await expect(listed.getByRole('listitem').first()).toContainText('TASS');
    for (const relay of RELAYS) await expect(listed.getByRole('button', { name: relay.title })).toBeVisible();
    // Who passed it on, as each document tells it.
    for (const relay of RELAYS) await expect(listed).toContainText(`${relay.outlet} → TASS`);

    // The queue so filtered exports a report that states the origins beside each verdict.
    await page.getByRole('main', { name: 'Review' }).getByRole('button', { name: 'Export these…' }).click();
    const dialog = exportDialog(page);
    await expect(dialog.getByRole('radio', { name: /Claims in the review queue/ })).toHaveAccessibleDescription('single origin · 3 claims');
    await dialog.getByRole('radio', { name: /^HTML/ }).check();
    const { bytes } = await downloadFrom(page, () => dialog.getByRole('button', { name: 'Download' }).click());
    const report = bytes.toString('utf8');
    expect(report.match(/<span class="origin-flag">Single origin<\/span>/gu)).toHaveLength(3);
    expect(report.match(/<dd class="origins">3 documents · 1 independent origin: TASS<\/dd>/gu)).toHaveLength(3);

    // The dashboard counts them and leads back to the same claims.
    await page.getByRole('tab', { name: 'Dashboard' }).click();
    await page.getByRole('button', { name: 'Single origin · 0 unnamed 3' }).click();
    await expect(list.getByRole('option')).toHaveCount(3);
    expectCleanRun(guard, host);
  });

  test('an independent report makes the claim no longer single-origin', async ({ page, host, guard }) => {
    const [first] = await setUpRelays(page, host);
    const text = `Ministry briefing\n\n${CLAIM}, the regional governor told reporters.`;
    const documentId = await importThroughApi(page, host, textFile('briefing.txt', text));
    const stored = (await callApi<{ text: string }>(page, host, 'documents.get', { id: documentId })).text;
    const start = stored.indexOf(CLAIM);
    await callApi(page, host, 'claims.create', {
      documentId,
      start,
      end: start + CLAIM.length,
      hops: [{ newSource: { name: 'regional governor', kind: 'official' }, kind: 'quote' }],
    });
    await callApi(page, host, 'claims.linkAppearance', { id: first!.id, documentId, start, end: start + CLAIM.length });
    await openShell(page, host);
    await openReview(page);
    await queueList(page).getByRole('option').first().click();
    const summary = verification(page).locator('details.origins summary');
    await expect(summary).toContainText('4 documents · 2 independent origins');
    await expect(summary).not.toContainText('Single origin');
    await expect(queueList(page).getByRole('option').filter({ hasText: 'Single origin' })).toHaveCount(0);
    expectCleanRun(guard, host);
  });
});
