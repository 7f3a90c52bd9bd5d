import type { Page } from '@playwright/test';

import { expect, openShell, test } from './support/fixtures.js';

/** Relative luminance (0 = black, 1 = white) of the reader's background, as painted. */
async function readerLuminance(page: Page): Promise<number> {
  return page.getByRole('main', { name: 'Reader' }).evaluate((element) => {
    const probe = document.createElement('canvas').getContext('2d')!;
    probe.fillStyle = getComputedStyle(element).backgroundColor;
    probe.fillRect(0, 0, 1, 1);
    const [r, g, b] = Array.from(probe.getImageData(0, 0, 1, 1).data).map((channel) => {
      const value = channel / 255;
      return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  });
}

async function chooseTheme(page: Page, theme: 'System' | 'Light' | 'Dark'): Promise<void> {
  await page.getByRole('button', { name: 'Settings' }).click();
  const dialog = page.getByRole('dialog', { name: 'Settings' });
  await dialog.getByRole('radio', { name: theme }).check();
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
}

test.describe('in a light system appearance', () => {
  test.use({ colorScheme: 'light' });

  test('the shell is light', async ({ page, host }) => {
    await openShell(page, host);
    expect(await readerLuminance(page)).toBeGreaterThan(0.8);
  });

  test('the Dark theme setting turns it dark, and it stays dark after a reload', async ({ page, host }) => {
    await openShell(page, host);
    await chooseTheme(page, 'Dark');
    await expect.poll(() => readerLuminance(page)).toBeLessThan(0.05);
    await page.reload();
    await expect(page.locator('body')).toHaveAttribute('data-ready', 'true');
    expect(await readerLuminance(page)).toBeLessThan(0.05);
  });
});

test.describe('in a dark system appearance', () => {
  test.use({ colorScheme: 'dark' });

  test('the shell is dark', async ({ page, host }) => {
    await openShell(page, host);
    expect(await readerLuminance(page)).toBeLessThan(0.05);
  });

  test('the Light theme setting overrides it, and System follows it again', async ({ page, host }) => {
    await openShell(page, host);
    await chooseTheme(page, 'Light');
    await expect.poll(() => readerLuminance(page)).toBeGreaterThan(0.8);
    await chooseTheme(page, 'System');
    await expect.poll(() => readerLuminance(page)).toBeLessThan(0.05);
  });
});
