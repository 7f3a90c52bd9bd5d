// "Other appearances": one sentence about a dam release, made a claim in one article, repeated word
// for word by an earlier wire story and reworded by a later one. The reviewer finds both, links them,
// sees where the claim was first published, unlinks one and opens another in the reader.
import fs from 'node:fs';

import type { Page } from '@playwright/test';

import type { Claim } from '../../core/domain.js';
import type { BrowserHost } from './support/browser-host.js';
import { callApi, expectCleanRun, importThroughApi, openDocument, reader, textFile } from './support/documents.js';
import { expect, openShell, test } from './support/fixtures.js';

const SENTENCE = 'The river authority said the Kessel dam had released twice its usual volume of water overnight.';
const REWORDED = 'The river authority says the Kessel dam released twice its normal volume of water overnight.';

const CLAIM_ARTICLE = {
  file: 'lowland-farms.txt',
  title: 'Lowland Farms Flooded After Kessel Dam Release',
  publishedAt: '2024-03-05',
  text: (title: string) => `${title}

VARNE (Valley Courier) — Water covered fields across the lowlands on Tuesday. ${SENTENCE} Emergency crews moved cattle to higher ground.

Residents said the warning came too late for most of them.
`,
};

const WIRE_STORY = {
  file: 'wire-dam-release.txt',
  title: 'Kessel Dam Doubles Its Release as Rain Continues',
  publishedAt: '2024-03-02',
  text: (title: string) => `${title}

HALDEN (Northern Wire) — Heavy rain kept falling across the upper valley. ${SENTENCE} Engineers were monitoring the spillway.

More rain is forecast for the weekend.
`,
};

const LATER_STORY = {
  file: 'farmers-count-losses.txt',
  title: 'Farmers Count Their Losses Along the Varne',
  publishedAt: '2024-03-08',
  text: (title: string) => `${title}

VARNE (Farm Weekly) — A week after the flood, the damage is still being tallied. ${REWORDED} Insurers expect claims to run into the millions.

Some fields may not be planted this spring.
`,
};

interface Setup {
  claim: Claim;
  claimDocumentId: string;
  wireId: string;
  laterId: string;
}

async function importDated(page: Page, host: BrowserHost, article: typeof CLAIM_ARTICLE): Promise<string> {
  const id = await importThroughApi(page, host, textFile(article.file, article.text(article.title)));
  await callApi(page, host, 'documents.update', { id, patch: { title: article.title, publishedAt: article.publishedAt } });
  return id;
}

async function setUp(page: Page, host: BrowserHost): Promise<Setup> {
  const claimDocumentId = await importDated(page, host, CLAIM_ARTICLE);
  const wireId = await importDated(page, host, WIRE_STORY);
  const laterId = await importDated(page, host, LATER_STORY);
  const { text } = await callApi<{ text: string }>(page, host, 'documents.get', { id: claimDocumentId });
  const start = text.indexOf(SENTENCE);
  if (start < 0) throw new Error('The sentence is not in the imported article');
  const claim = await callApi<Claim>(page, host, 'claims.create', { documentId: claimDocumentId, start, end: start + SENTENCE.length });
  return { claim, claimDocumentId, wireId, laterId };
}

/** Links the repeated sentence of another article, as another window would. */
async function linkSentence(page: Page, host: BrowserHost, claim: Claim, documentId: string): Promise<void> {
  const { text } = await callApi<{ text: string }>(page, host, 'documents.get', { id: documentId });
  const start = text.indexOf(SENTENCE);
  await callApi(page, host, 'claims.linkAppearance', { id: claim.id, documentId, start, end: start + SENTENCE.length });
}

/** Opens the article the claim was made in and the claim in the inspector; returns its "Other appearances" section. */
async function openClaimAppearances(page: Page) {
  await openDocument(page, CLAIM_ARTICLE.title);
  await page.locator('.claim-mark', { hasText: 'Kessel dam' }).first().click();
  const section = page.getByRole('complementary', { name: 'Inspector' }).getByRole('region', { name: 'Other appearances' });
  await expect(section).toBeVisible();
  return section;
}

/** The text the reader highlights for a revealed passage. */
function highlightedText(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const highlight = CSS.highlights.get('claimtrace-search-match');
    const range = highlight ? [...highlight][0] : undefined;
    return range ? range.toString() : null;
  });
}

test.describe('the same claim in other documents', () => {
  test('finds the exact and the reworded repeat, links them, dates the first appearance and opens one in the reader', async ({
    page,
    host,
    guard,
  }) => {
    await setUp(page, host);
    await openShell(page, host);
    const section = await openClaimAppearances(page);
    const first = section.getByRole('note', { name: 'First appearance' });

    // Before anything is linked, the claim's own article is the only dated place it appears.
    await expect(first).toContainText(`First published in ${CLAIM_ARTICLE.title}`);
    await expect(first).toContainText('the claim’s own document');
    await expect(section).toContainText('No appearance linked yet');

    await section.getByRole('button', { name: 'Find in other documents' }).click();
    const results = section.getByRole('group', { name: 'Found in other documents' });
    await expect(results).toContainText('Found in 2 other documents');
    const candidates = results.getByRole('list', { name: 'Candidates' }).getByRole('article');
    // Best first: the word-for-word repeat, then the reworded one with how close it is.
    await expect(candidates).toHaveCount(2);
    await expect(candidates.nth(0)).toHaveAccessibleName(WIRE_STORY.title);
    await expect(candidates.nth(0)).toContainText('Exact');
    await expect(candidates.nth(0)).toContainText(SENTENCE);
    await expect(candidates.nth(1)).toHaveAccessibleName(LATER_STORY.title);
    await expect(candidates.nth(1)).toContainText(/(8\d|9\d)% similar/);
    await expect(candidates.nth(1)).toContainText('twice its normal volume');

    // Linking from the keyboard: the button stays focused and turns into "Unlink".
    const linkWire = candidates.nth(0).getByRole('button', { name: `Link ${WIRE_STORY.title}` });
    await linkWire.focus();
    await page.keyboard.press('Enter');
    const unlinkWire = candidates.nth(0).getByRole('button', { name: `Unlink ${WIRE_STORY.title}` });
    await expect(unlinkWire).toBeFocused();
    await expect(candidates.nth(0)).toContainText('Linked');
    await candidates
      .nth(1)
      .getByRole('button', { name: `Link ${LATER_STORY.title}` })
      .click();
    await expect(candidates.nth(1)).toContainText('Linked');

    // Linked appearances list earliest first, and the earlier wire story is now the first appearance.
    const linked = section.getByRole('list', { name: 'Linked appearances' }).getByRole('article');
    await expect(linked).toHaveCount(2);
    await expect(linked.nth(0)).toHaveAccessibleName(`Appearance in ${WIRE_STORY.title}`);
    await expect(linked.nth(1)).toHaveAccessibleName(`Appearance in ${LATER_STORY.title}`);
    await expect(section).toContainText('2 linked');
    await expect(first).toContainText(`First published in ${WIRE_STORY.title}`);
    await expect(first).not.toContainText('the claim’s own document');
    const history = page.getByRole('complementary', { name: 'Inspector' }).getByRole('region', { name: 'History' });
    await expect(history).toContainText(`Linked an appearance in “${WIRE_STORY.title}”`);

    // Unlinking the reworded story from its card; the search result follows.
    await linked.nth(1).getByRole('button', { name: 'Unlink' }).click();
    await expect(linked).toHaveCount(1);
    await expect(section).toContainText('1 linked');
    await expect(candidates.nth(1).getByRole('button', { name: `Link ${LATER_STORY.title}` })).toBeVisible();
    await expect(history).toContainText(`Unlinked the appearance in “${LATER_STORY.title}”`);
    await expect(first).toContainText(`First published in ${WIRE_STORY.title}`);

    // The linked wire story opens in the reader with the repeated sentence highlighted.
    await linked.nth(0).getByRole('button', { name: 'Open in reader' }).click();
    await expect(reader(page).getByRole('heading', { name: WIRE_STORY.title, exact: true })).toBeVisible();
    await expect(reader(page).locator('.reader-text')).toHaveAttribute('data-ready', 'true');
    await expect.poll(() => highlightedText(page)).toBe(SENTENCE);
    expectCleanRun(guard, host);
  });

  test('says so when no other document repeats the claim, and when no document is dated', async ({ page, host, guard }) => {
    const id = await importThroughApi(page, host, textFile(CLAIM_ARTICLE.file, CLAIM_ARTICLE.text(CLAIM_ARTICLE.title)));
    const { text } = await callApi<{ text: string }>(page, host, 'documents.get', { id });
    const start = text.indexOf(SENTENCE);
    await callApi(page, host, 'claims.create', { documentId: id, start, end: start + SENTENCE.length });
    await openShell(page, host);
    const section = await openClaimAppearances(page);
    await expect(section.getByRole('note', { name: 'First appearance' })).toContainText('First publication unknown');
    await section.getByRole('button', { name: 'Find in other documents' }).click();
    await expect(section.getByRole('group', { name: 'Found in other documents' })).toContainText('No other document repeats this claim.');
    await section.getByRole('button', { name: 'Hide results' }).click();
    await expect(section.getByRole('button', { name: 'Find in other documents' })).toBeFocused();
    expectCleanRun(guard, host);
  });

  test('drops an appearance whose article another window deletes', async ({ page, host, guard }) => {
    const { claim, wireId } = await setUp(page, host);
    await linkSentence(page, host, claim, wireId);
    await openShell(page, host);
    const section = await openClaimAppearances(page);
    await expect(section.getByRole('list', { name: 'Linked appearances' }).getByRole('article')).toHaveCount(1);
    await expect(section.getByRole('note', { name: 'First appearance' })).toContainText(WIRE_STORY.title);

    await callApi(page, host, 'documents.delete', { id: wireId });
    await expect(section).toContainText('No appearance linked yet');
    await expect(section.getByRole('note', { name: 'First appearance' })).toContainText(CLAIM_ARTICLE.title);
    expectCleanRun(guard, host);
  });

  test('never asks about a claim that another window puts in the bin', async ({ page, host, guard }) => {
    const { claim, claimDocumentId, wireId } = await setUp(page, host);
    await linkSentence(page, host, claim, wireId);
    // The review queue shows the same section beside the claim and keeps it on screen until the
    // queue has reloaded. The queue's answer is held back here until the section has heard the claim
    // is gone, so a question sent in that moment would be seen: it could only be answered "not found".
    let hold: Promise<void> | null = null;
    let release = () => {};
    await page.route('**/api/review.queue', async (route) => {
      if (hold) await hold;
      await route.continue();
    });
    const holdQueue = () => {
      hold = new Promise<void>((resolve) => {
        release = () => {
          hold = null;
          resolve();
        };
      });
    };
    await openShell(page, host);
    await page.getByRole('banner').getByRole('button', { name: 'Review' }).click();
    const section = page.getByRole('main', { name: 'Review' }).getByRole('region', { name: 'Other appearances' });
    await expect(section.getByRole('note', { name: 'First appearance' })).toContainText(WIRE_STORY.title);

    holdQueue();
    await callApi(page, host, 'claims.delete', { id: claim.id });
    await expect(section).toContainText('This claim is in the bin');
    await expect(section.getByRole('button', { name: 'Find in other documents' })).toHaveCount(0);
    release();
    await expect(section).toHaveCount(0);

    await callApi(page, host, 'claims.restore', { id: claim.id });
    await expect(section.getByRole('list', { name: 'Linked appearances' }).getByRole('article')).toHaveCount(1);

    // Deleting the claim's own article takes the claim to the bin with it.
    holdQueue();
    await callApi(page, host, 'documents.delete', { id: claimDocumentId });
    await expect(section).toContainText('This claim is in the bin');
    release();
    await expect(section).toHaveCount(0);
    expectCleanRun(guard, host);
  });
});

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`other appearances screens, ${scheme}`, () => {
    test.use({ colorScheme: scheme, viewport: { width: 1440, height: 900 } });

    test(`linked appearances and search results (${scheme})`, async ({ page, host, guard }) => {
      fs.mkdirSync('/tmp/screens', { recursive: true });
      const { claim, wireId } = await setUp(page, host);
      await linkSentence(page, host, claim, wireId);
      await openShell(page, host);
      const section = await openClaimAppearances(page);
      await expect(section.getByRole('note', { name: 'First appearance' })).toContainText(WIRE_STORY.title);
      await section.scrollIntoViewIfNeeded();
      await page.screenshot({ path: `/tmp/screens/appearances-linked-${scheme}.png` });

      await section.getByRole('button', { name: 'Find in other documents' }).click();
      const results = section.getByRole('group', { name: 'Found in other documents' });
      await expect(results.getByRole('article')).toHaveCount(2);
      await results.scrollIntoViewIfNeeded();
      await page.screenshot({ path: `/tmp/screens/appearances-search-${scheme}.png` });

      await section.getByRole('list', { name: 'Linked appearances' }).getByRole('button', { name: 'Open in reader' }).click();
      await expect(reader(page).getByRole('heading', { name: WIRE_STORY.title, exact: true })).toBeVisible();
      await expect.poll(() => highlightedText(page)).toBe(SENTENCE);
      await page.screenshot({ path: `/tmp/screens/appearances-opened-${scheme}.png` });
      expectCleanRun(guard, host);
    });
  });
}
