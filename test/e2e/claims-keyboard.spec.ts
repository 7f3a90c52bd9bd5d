// Keyboard-only review: from the library into the reader, a claim made from the sentence cursor,
// a two-hop chain built in the inspector by typing and Enter, and the verdict and status reached by
// their keys, with the mouse never used and the focus never dropped to the page.
import type { Page } from '@playwright/test';

import type { Claim } from '../../core/domain.js';
import {
  ARTICLE_TITLE,
  claimsOf,
  documentText,
  expectInspecting,
  importArticle,
  inspector,
  marksWith,
  openArticle,
} from './claims-helpers.js';
import { openReview, setUpReview } from './review-support.js';
import { callApi, expectCleanRun, reader } from './support/documents.js';
import { expect, openShell, test } from './support/fixtures.js';

const SENTENCE = '"We will not hand over our heavy weapons," NLF spokesman Naji Mustafa told AFP.';

/** What has the focus, as a person would name it: its role and accessible name, or BODY. */
async function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return 'BODY';
    const role = element.getAttribute('role') ?? element.tagName.toLowerCase();
    const name = element.getAttribute('aria-label') ?? element.textContent?.trim().slice(0, 40) ?? '';
    return `${role}: ${name}`;
  });
}

/**
 * Records every time the focus is left on <body> once it has been somewhere: a control that took
 * the focus away with it when it went. Checked a frame later, so a focus handed straight on counts.
 */
async function watchFocusDrops(page: Page): Promise<() => Promise<string[]>> {
  await page.evaluate(() => {
    const drops: string[] = [];
    (window as unknown as { focusDrops: string[] }).focusDrops = drops;
    document.addEventListener('focusout', (event) => {
      const left = event.target as Element;
      const name = left.getAttribute('aria-label') ?? left.textContent?.trim().slice(0, 40) ?? left.tagName;
      requestAnimationFrame(() => {
        if (document.hasFocus() && (document.activeElement === document.body || document.activeElement === null)) drops.push(name);
      });
    });
  });
  return () => page.evaluate(() => (window as unknown as { focusDrops: string[] }).focusDrops);
}

/** Presses Tab until the focus is where `wanted` says, at most `limit` times; the trail explains a failure. */
async function tabTo(page: Page, wanted: RegExp, limit = 40): Promise<void> {
  const trail: string[] = [];
  for (let presses = 0; presses < limit; presses++) {
    await page.keyboard.press('Tab');
    const now = await focused(page);
    trail.push(now);
    if (wanted.test(now)) return;
  }
  throw new Error(`Tab never reached ${wanted}: ${trail.join(' → ')}`);
}

/** The words the sentence cursor paints, as the CSS Custom Highlight API holds them. */
async function highlighted(page: Page, name = 'claimtrace-sentence-cursor'): Promise<string[]> {
  return page.evaluate((highlight) => [...(CSS.highlights.get(highlight)?.values() ?? [])].map((range) => String(range)), name);
}

function cursorAnnouncement(page: Page) {
  return reader(page)
    .locator('[aria-live="polite"]')
    .filter({ hasText: /^Sentences? / });
}

/** The source combobox's active option, as aria-activedescendant names it. */
async function activeOption(page: Page): Promise<string> {
  return page.evaluate(() => {
    const id = document.activeElement?.getAttribute('aria-activedescendant');
    return (id && document.getElementById(id)?.textContent) || '';
  });
}

/** With the focus on "Add hop": opens a hop, types the source's name and picks the option wanted with the arrows and Enter. */
async function addHopByKeyboard(page: Page, typed: string, option: RegExp): Promise<void> {
  expect(await focused(page)).toBe('button: Add hop');
  await page.keyboard.press('Enter');
  expect(await focused(page)).toMatch(/^combobox: Source for hop \d$/);
  await page.keyboard.type(typed);
  await expect(inspector(page).getByRole('option', { name: option })).toBeVisible();
  for (let presses = 0; !option.test(await activeOption(page)) && presses < 12; presses++) await page.keyboard.press('ArrowDown');
  expect(await activeOption(page)).toMatch(option);
  await page.keyboard.press('Enter');
}

test.describe('claims without a mouse', () => {
  test('makes a claim from the sentence cursor and builds a two-hop chain, keyboard only', async ({ page, host, guard }) => {
    const documentId = await importArticle(page, host);
    await openShell(page, host);
    const drops = await watchFocusDrops(page);

    // Into the library's list of documents, and down onto the article, which opens it.
    await tabTo(page, /^listbox: Documents$/);
    await page.keyboard.press('ArrowDown');
    await expect(reader(page).locator('.reader-text')).toHaveAttribute('data-ready', 'true');
    await expect(reader(page).getByRole('heading', { name: ARTICLE_TITLE })).toBeVisible();

    // Tab on into the text: arriving from the keyboard shows the cursor on the first sentence in view.
    await tabTo(page, /^article: Document text$/);
    await expect(cursorAnnouncement(page)).toHaveText(`Sentence 1 of 7: ${ARTICLE_TITLE}`);
    expect(await highlighted(page)).toEqual([ARTICLE_TITLE]);
    await expect(reader(page).locator('.sentence-cursor-hint')).toContainText('Sentence 1 of 7');

    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect(cursorAnnouncement(page)).toHaveText(`Sentence 4 of 7: ${SENTENCE}`);
    expect(await highlighted(page)).toEqual([SENTENCE]);

    await page.keyboard.press('c');
    await expectInspecting(page, SENTENCE);
    await expect(marksWith(page, 'We will not hand over')).toHaveCount(1);
    expect(await focused(page)).toBe('article: Document text');

    // A to the chain's "Add hop"; a hop from the registry, chosen by typing and Enter.
    await page.keyboard.press('a');
    await addHopByKeyboard(page, 'AFP', /^AFP/);
    // The focus stays in the chain, on what to set next: how the hop attributes.
    await expect.poll(() => focused(page)).toBe('select: How hop 1 attributes');
    await expect(inspector(page).getByRole('listitem', { name: 'Hop 1: AFP' })).toBeVisible();

    // Tab on to "Add hop" (through the hop's other controls) and a second hop, a new person.
    await tabTo(page, /^button: Add hop$/, 10);
    await addHopByKeyboard(page, 'Naji Mustafa', /^Create “Naji Mustafa” as person/);
    await expect.poll(() => focused(page)).toBe('select: How hop 2 attributes');
    await expect(inspector(page).getByRole('listitem', { name: 'Hop 2: Naji Mustafa' })).toBeVisible();

    await expect
      .poll(async () => {
        const [claim] = await claimsOf(page, host, documentId);
        return claim && { quote: claim.quote, hops: claim.hops.map((hop) => [hop.ordinal, hop.sourceName, hop.sourceKind, hop.kind]) };
      })
      .toEqual({
        quote: SENTENCE,
        hops: [
          [0, 'AFP', 'wire_agency', 'quote'],
          [1, 'Naji Mustafa', 'person', 'citing'],
        ],
      });
    // Saved, the chain kept the focus where it was.
    expect(await focused(page)).toBe('select: How hop 2 attributes');

    // V to the verdict, and a number key chooses one as in the queue; S to the status.
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('v');
    expect(await focused(page)).toMatch(/^radio: /);
    await page.keyboard.press('2');
    const verdicts = inspector(page).getByRole('radiogroup', { name: 'Verdict' });
    await expect(verdicts.getByRole('radio', { checked: true })).toHaveAccessibleName(/^Mostly true/);
    await page.keyboard.press('s');
    expect(await focused(page)).toMatch(/^button: .*Unreviewed/);
    await expect.poll(async () => ((await claimsOf(page, host, documentId))[0] as Claim).ratingId).not.toBeNull();

    expect(await drops()).toEqual([]);
    expectCleanRun(guard, host);
  });

  test('extends the cursor with Shift, offers the sentence and the paragraph in the menu, and leaves the mouse’s selection alone', async ({
    page,
    host,
    guard,
  }) => {
    const documentId = await openArticle(page, host);
    const text = documentText(page);
    await text.focus();
    await page.keyboard.press('End');
    await expect(cursorAnnouncement(page)).toHaveText('Sentence 7 of 7: Analysts expect the agreement to hold for at least another month.');

    // Up two sentences, then Shift+↓ takes in the rest of the paragraph.
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Shift+ArrowDown');
    await expect(cursorAnnouncement(page)).toHaveText('Sentences 5–6 of 7: Reuters reported that the deadline passed without incident.');
    expect(await highlighted(page)).toEqual([
      'The Syrian army said, citing military sources, that reinforcements had been sent to the northern countryside. Reuters reported that the deadline passed without incident.',
    ]);

    // The text's menu at the cursor: the sentences covered, this sentence, this paragraph.
    await page.keyboard.press('Shift+F10');
    const menu = page.getByRole('menu', { name: 'Paragraph' });
    await expect(menu.getByRole('menuitem')).toHaveText([
      'Make claim from these 2 sentences',
      'Make claim from this sentence',
      'Make claim from this paragraph',
      'Article starts here',
      'Comments start here',
    ]);
    // The highlight stays on the text, quieter, while the menu has the focus.
    expect(await highlighted(page, 'claimtrace-sentence-cursor-idle')).toHaveLength(1);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expectInspecting(page, 'Reuters reported that the deadline passed without incident.');
    await expect(text).toBeFocused();

    // A right click offers the sentence under the pointer.
    await page.keyboard.press('Escape');
    await marksWith(page, 'Reuters reported').first().waitFor();
    const target = text.getByText('Analysts expect the agreement', { exact: false });
    await target.click({ button: 'right', position: { x: 30, y: 8 } });
    await page.getByRole('menu', { name: 'Paragraph' }).getByRole('menuitem', { name: 'Make claim from this sentence' }).click();
    await expectInspecting(page, 'Analysts expect the agreement to hold for at least another month.');
    // The pointer hid the cursor.
    expect(await highlighted(page)).toEqual([]);

    await expect
      .poll(async () => (await claimsOf(page, host, documentId)).map((claim) => claim.quote).sort())
      .toEqual([
        'Analysts expect the agreement to hold for at least another month.',
        'Reuters reported that the deadline passed without incident.',
      ]);
    expectCleanRun(guard, host);
  });

  test('the dashboard’s recent activity is one Tab stop and scrolls with the keys', async ({ page, host, guard }) => {
    const { claims, ratings } = await setUpReview(page, host);
    // Enough changes that the list runs past its height.
    for (const claim of claims) {
      for (const rating of ratings.slice(0, 4)) await callApi(page, host, 'claims.setVerdict', { id: claim.id, ratingId: rating.id });
    }
    await openShell(page, host);
    const review = await openReview(page);
    await review.getByRole('tab', { name: 'Dashboard' }).click();
    const activity = review.getByRole('list', { name: 'Recent activity, newest first' });
    await expect(activity.getByRole('listitem').first()).toBeVisible();
    expect(await activity.evaluate((list) => list.scrollHeight > list.clientHeight)).toBe(true);

    await tabTo(page, /^ol: Recent activity, newest first$/, 60);
    await page.keyboard.press('PageDown');
    await expect.poll(() => activity.evaluate((list) => list.scrollTop)).toBeGreaterThan(0);
    await page.keyboard.press('End');
    await expect.poll(() => activity.evaluate((list) => list.scrollTop + list.clientHeight >= list.scrollHeight - 1)).toBe(true);
    expectCleanRun(guard, host);
  });
});
