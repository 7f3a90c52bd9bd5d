// The layout at a small window (1024 × 700) and a large one (1440 × 900), in both themes: nothing
// clipped or pushed out of view, the claims legend behind a button, one scroll area per dialog,
// and create options that say what they create. Screenshots of each screen are kept for review.
import fs from 'node:fs';

import type { Locator, Page } from '@playwright/test';

import { claimOf, GAZETTE_TEXT, openSourceFromList, setUpNewsroom } from './sources-newsroom.js';
import { callApi, expectCleanRun, library, reader, readerText } from './support/documents.js';
import { expect, openShell, test } from './support/fixtures.js';

const SCREENS = process.env.CLAIMTRACE_SCREENS ?? '/tmp/screens';
const GAZETTE = 'Convoy Struck Near Border Crossing';
/** Longer than a graph node is wide. */
const OFFICIAL = 'Press office of the Northern Harbour Authority';

/** Fails unless the whole of `inner` lies inside `outer` on screen. */
async function expectWithin(inner: Locator, outer: Locator): Promise<void> {
  const [a, b] = [await inner.boundingBox(), await outer.boundingBox()];
  expect(a && b, 'both are on screen').toBeTruthy();
  const box = (value: { x: number; y: number; width: number; height: number }) => ({
    left: Math.round(value.x),
    top: Math.round(value.y),
    right: Math.round(value.x + value.width),
    bottom: Math.round(value.y + value.height),
  });
  const [i, o] = [box(a!), box(b!)];
  expect(
    i.left >= o.left && i.top >= o.top && i.right <= o.right && i.bottom <= o.bottom,
    `${JSON.stringify(i)} inside ${JSON.stringify(o)}`,
  ).toBe(true);
}

async function expectApart(one: Locator, other: Locator): Promise<void> {
  const [a, b] = [(await one.boundingBox())!, (await other.boundingBox())!];
  const overlap = a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
  expect(overlap, `${JSON.stringify(a)} clear of ${JSON.stringify(b)}`).toBe(false);
}

/** Everything in the open dialog that scrolls now, the dialog included. */
async function scrollingParts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const dialog = document.querySelector('dialog[open]')!;
    return [dialog, ...dialog.querySelectorAll('*')]
      .filter((element) => /auto|scroll/.test(getComputedStyle(element).overflowY) && element.scrollHeight > element.clientHeight)
      .map((element) => element.className);
  });
}

for (const theme of ['light', 'dark'] as const) {
  for (const viewport of [
    { width: 1440, height: 900 },
    { width: 1024, height: 700 },
  ]) {
    const size = `${viewport.width}x${viewport.height}`;
    test.describe(`${theme} theme at ${viewport.width}×${viewport.height}`, () => {
      test.use({ viewport, colorScheme: theme, reducedMotion: 'reduce' });

      test('nothing is clipped or pushed out of view', async ({ page, host, guard }) => {
        fs.mkdirSync(SCREENS, { recursive: true });
        const shot = (name: string) => page.screenshot({ path: `${SCREENS}/a11y-${name}-${size}-${theme}.png` });
        await callApi(page, host, 'settings.update', { theme });

        // First launch: every way in fits the library, however narrow.
        await openShell(page, host);
        const empty = library(page).getByRole('tabpanel');
        await expect(empty.getByRole('heading', { name: 'No documents yet' })).toBeVisible();
        // The toolbar has one "Import…" button, the empty state the other, below it.
        for (const name of ['Import…', 'Import folder…', 'Paste text…']) {
          await expectWithin(empty.getByRole('button', { name, exact: true }).last(), library(page));
        }
        await shot('first-launch');

        const { claims, gazetteId } = await setUpNewsroom(page, host);
        await claimOf(page, host, gazetteId, GAZETTE_TEXT, 'local officials gave no figures', [
          { newSource: { name: OFFICIAL, kind: 'official' }, kind: 'paraphrase' },
        ]);
        const ratings = await callApi<{ id: string; archived: boolean }[]>(page, host, 'ratings.list', {});
        await callApi(page, host, 'claims.setVerdict', { id: claims.convoy.id, ratingId: ratings.find((rating) => !rating.archived)!.id });
        await openShell(page, host);
        await library(page)
          .getByRole('option', { name: new RegExp(GAZETTE) })
          .click();
        const text = await readerText(page);

        // The claims bar: the legend behind a button, undo and redo clear of it, detection in view.
        const bar = reader(page).getByRole('toolbar', { name: 'Claims' });
        const legendButton = bar.getByRole('button', { name: 'Legend' });
        const suggest = bar.getByRole('button', { name: 'Suggest attributions' });
        await expectWithin(suggest, reader(page));
        await expectWithin(bar.getByRole('checkbox', { name: 'Include reader comments' }), reader(page));
        for (const name of ['Undo', 'Redo']) await expectApart(bar.getByRole('button', { name, exact: true }), legendButton);
        expect((await bar.boundingBox())!.height, 'two rows at most').toBeLessThan(80);
        await shot('reader');

        // The legend opens from the keyboard, says what each colour is, and Escape closes it.
        const legend = reader(page).getByRole('group', { name: 'What the colours mean' });
        await legendButton.focus();
        await page.keyboard.press('Enter');
        await expect(legend).toBeVisible();
        await expect(legendButton).toHaveAttribute('aria-expanded', 'true');
        await expect(legend.getByRole('list', { name: 'Status' })).toContainText('Unreviewed');
        await expect(legend.getByRole('list', { name: 'Status' }).getByRole('listitem').filter({ hasText: 'Done' })).toContainText(
          'none here',
        );
        await expect(legend.getByRole('list', { name: 'Verdict' })).toContainText('True');
        await expectWithin(legend, page.locator('body'));
        await shot('legend');
        await page.keyboard.press('Escape');
        await expect(legend).toBeHidden();
        await expect(legendButton).toBeFocused();
        await expect(legendButton).toHaveAttribute('aria-expanded', 'false');

        // Creating a source from the chain editor: three offers, each saying what it creates, in full.
        await text.locator('mark').filter({ hasText: 'convoy was struck' }).first().click();
        const inspector = page.getByRole('complementary', { name: 'Inspector' });
        await inspector.getByRole('button', { name: 'Add hop' }).click();
        const newName = 'Deputy spokesman of the Northern Harbour Authority';
        await inspector.getByRole('combobox', { name: 'Source for hop 3' }).fill(newName);
        const offers = inspector.getByRole('listbox', { name: 'Source for hop 3 options' }).getByRole('option', { name: /^Create/ });
        await expect(offers).toHaveCount(3);
        for (const [index, kind] of ['person', 'official', 'unnamed source'].entries()) {
          const offer = offers.nth(index);
          await expect(offer).toContainText(`Create “${newName}” as ${kind}`);
          // Shown whole: its name neither runs out of its box nor out of the inspector.
          expect(await offer.evaluate((element) => element.scrollWidth <= element.clientWidth)).toBe(true);
          await offer.scrollIntoViewIfNeeded();
          await expectWithin(offer, inspector);
        }
        await shot('create-source');
        await page.keyboard.press('Escape');

        // One scroll area per dialog: its body, never the dialog around it as well.
        await page.getByRole('banner').getByRole('button', { name: 'Settings' }).click();
        const settings = page.getByRole('dialog', { name: 'Settings' });
        await expect(settings.getByRole('button', { name: 'Back up now' })).toBeEnabled();
        expect((await scrollingParts(page)).filter((part) => part !== 'dialog__body')).toEqual([]);
        await expectWithin(settings.getByRole('button', { name: 'Save' }), page.locator('body'));
        await shot('settings');
        await page.keyboard.press('Escape');

        await page.getByRole('banner').getByRole('button', { name: 'Export…' }).click();
        const exporting = page.getByRole('dialog', { name: 'Export' });
        await expect(exporting.getByRole('radio', { name: /This document/ })).toBeChecked();
        expect((await scrollingParts(page)).filter((part) => part !== 'dialog__body')).toEqual([]);
        await expectWithin(exporting.getByRole('button', { name: 'Download' }), page.locator('body'));
        await shot('export');
        await page.keyboard.press('Escape');

        // The graph: long titles fade out at the node's edge and keep their words in the name.
        await library(page)
          .getByRole('option', { name: new RegExp(GAZETTE) })
          .click({ button: 'right' });
        await page.getByRole('menuitem', { name: 'Attribution graph' }).click();
        const graph = page.getByRole('dialog', { name: new RegExp(`Attribution graph — ${GAZETTE}`) });
        await expect(graph.getByRole('button', { name: new RegExp(`^${OFFICIAL} — Official`) })).toBeVisible();
        await shot('graph');
        await page.keyboard.press('Escape');

        await openSourceFromList(page, 'Fars');
        await shot('source-trace');

        await page.getByRole('banner').getByRole('button', { name: 'Review' }).click();
        const review = page.getByRole('main', { name: 'Review' });
        await page.getByRole('listbox', { name: 'Claims to review' }).getByRole('option').first().click();
        await shot('queue');
        await review.getByRole('tab', { name: 'Dashboard' }).click();
        await expect(review.getByRole('button', { name: /^Unreviewed: \d+$/ })).toBeVisible();
        await shot('dashboard');
        expectCleanRun(guard, host);
      });
    });
  }
}
