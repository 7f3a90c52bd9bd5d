import type { Page } from '@playwright/test';

import { methodNames } from '../../core/api/index.js';
import { expectCleanRun, fixtureFile, readerText } from './support/documents.js';
import { expect, openShell, test } from './support/fixtures.js';
import { type BridgeProbe, installForwardingBridge } from './support/forwarding-bridge.js';

type ProbedWindow = { claimtraceBridgeProbe: BridgeProbe };

function bridgeCalls(page: Page): Promise<string[]> {
  return page.evaluate(() => [...(window as unknown as ProbedWindow).claimtraceBridgeProbe.calls]);
}

function emit(page: Page, event: unknown): Promise<void> {
  return page.evaluate((sent) => (window as unknown as ProbedWindow).claimtraceBridgeProbe.emit(sent), event);
}

test.describe('with the desktop bridge present', () => {
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(installForwardingBridge, methodNames);
  });

  test('loads the workbench through the bridge instead of HTTP events', async ({ page, host, guard }) => {
    await openShell(page, host);
    await expect(page.getByRole('contentinfo')).toContainText('Desktop');
    await expect(page.getByRole('banner').getByRole('heading', { level: 1, name: 'e2e' })).toBeVisible();
    const loaded = new Set(await bridgeCalls(page));
    for (const method of ['workbench.info', 'documents.list', 'sources.list', 'settings.get']) {
      expect(loaded.has(method), `${method} goes through the bridge`).toBe(true);
    }
    // The test bridge forwards calls over HTTP itself, but the app must not open its own event stream.
    expect(guard.requests.filter((url) => url.includes('/api/events'))).toEqual([]);
    expect(guard.consoleErrors).toEqual([]);
  });

  test('opens the settings when the application menu asks for them', async ({ page, host }) => {
    await openShell(page, host);
    await emit(page, { type: 'menu.command', command: 'settings' });
    await expect(page.getByRole('dialog', { name: 'Settings' })).toBeVisible();
  });

  test('opens the file chooser when the application menu asks to import, and imports through the bridge', async ({ page, host, guard }) => {
    await openShell(page, host);
    const chooser = page.waitForEvent('filechooser');
    await emit(page, { type: 'menu.command', command: 'import' });
    await (await chooser).setFiles([fixtureFile('grid-strike-with-comments.txt')]);
    await expect(await readerText(page)).toContainText('A wave of overnight strikes on the regional power grid');
    expect(await bridgeCalls(page)).toContain('documents.importFile');
    expectCleanRun(guard, host);
  });

  test('focuses the document search when the application menu asks to find', async ({ page, host }) => {
    await openShell(page, host);
    await page.getByRole('tab', { name: /Sources/ }).click();
    await emit(page, { type: 'menu.command', command: 'find' });
    await expect(page.getByRole('searchbox', { name: 'Search documents' })).toBeFocused();
  });

  test('reloads only what an event says has changed', async ({ page, host }) => {
    await openShell(page, host);
    const before = await bridgeCalls(page);
    await emit(page, { type: 'sources.changed' });
    await expect.poll(async () => (await bridgeCalls(page)).length).toBe(before.length + 2);
    expect((await bridgeCalls(page)).slice(before.length).sort()).toEqual(['sources.list', 'workbench.info']);
  });
});
