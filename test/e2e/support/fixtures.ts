// The fixtures every end-to-end test uses: a fresh browser host per test, and a guard on the page
// that records console errors and every request, refusing any that would leave the host.
import { type BrowserContext, expect, type Page, test as base } from '@playwright/test';

import { type BrowserHost, type BrowserHostOptions, startBrowserHost } from './browser-host.js';

export interface PageGuard {
  /** Console errors and uncaught exceptions, each with where it came from. */
  consoleErrors: string[];
  /** Every URL the page requested. */
  requests: string[];
  /** Requests to anywhere but the host; they were aborted before leaving the machine. */
  blocked: string[];
}

interface Fixtures {
  /** How the host is started; a describe block changes it with `test.use({ hostOptions: … })`. */
  hostOptions: BrowserHostOptions;
  host: BrowserHost;
  guard: PageGuard;
}

export const test = base.extend<Fixtures>({
  hostOptions: [{}, { option: true }],
  host: async ({ hostOptions }, use) => {
    const host = await startBrowserHost(hostOptions);
    try {
      await use(host);
    } finally {
      await host.stop();
    }
  },
  guard: async ({ context, page, host }, use) => {
    const guard: PageGuard = { consoleErrors: [], requests: [], blocked: [] };
    await guardContext(context, host, guard);
    watchPage(page, guard);
    await use(guard);
  },
});

export { expect };

/** Refuses, and records, every request from any page of the context that is not addressed to the host. */
export async function guardContext(context: BrowserContext, host: BrowserHost, guard: PageGuard): Promise<void> {
  await context.route(
    () => true,
    (route) => {
      const url = route.request().url();
      if (isOnHost(url, host)) return route.continue();
      guard.blocked.push(url);
      return route.abort('blockedbyclient');
    },
  );
}

/** Records a page's requests and console errors; every page a test opens needs its own call. */
export function watchPage(page: Page, guard: PageGuard): void {
  page.on('request', (request) => guard.requests.push(request.url()));
  page.on('console', (message) => {
    if (message.type() === 'error') guard.consoleErrors.push(`${message.text()} [${message.location().url}]`);
  });
  page.on('pageerror', (error) => guard.consoleErrors.push(`Uncaught ${error.name}: ${error.message}`));
}

export function isOnHost(url: string, host: BrowserHost): boolean {
  try {
    return new URL(url).origin === host.origin;
  } catch {
    return false;
  }
}

/** Opens the app and waits until the shell says it has loaded the workbench. */
export async function openShell(page: Page, host: BrowserHost, address = host.url): Promise<void> {
  await page.goto(address);
  await expect(page.locator('body')).toHaveAttribute('data-ready', 'true');
  await expect(page.getByRole('status').filter({ hasText: 'Ready' })).toBeVisible();
}
