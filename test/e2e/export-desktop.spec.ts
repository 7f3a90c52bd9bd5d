import type { Page } from '@playwright/test';

import { methodNames } from '../../core/api/index.js';
import { CLAIM_QUOTE, exportDialog, seedDocumentWithClaim } from './export-support.js';
import { expectCleanRun } from './support/documents.js';
import { expect, openShell, test } from './support/fixtures.js';
import { type BridgeProbe, installForwardingBridge } from './support/forwarding-bridge.js';

interface SaveCall {
  method: 'host.saveFile' | 'host.savePdf';
  args: { fileName: string; content?: string; html?: string };
}

interface ExportHarness {
  saves: SaveCall[];
  renders: { exportId?: string; format: string }[];
  /** Set while an export is held back; calling it lets the export through to the host. */
  release: (() => void) | null;
}

type HarnessWindow = { claimtraceBridgeProbe: BridgeProbe; exportHarness: ExportHarness };

/**
 * Stands in for the desktop main process where the browser host cannot: the save dialogs answer
 * with a path, and exports.render is held until the test lets it through, so progress can be sent
 * while it runs. Runs in the page after the forwarding bridge is installed.
 */
function installDesktopHarness(): void {
  const bridge = (window as unknown as { claimtrace: Record<string, (args: unknown) => Promise<unknown>> }).claimtrace;
  const harness: ExportHarness = { saves: [], renders: [], release: null };
  const forwardRender = bridge['exports.render']!;
  bridge['exports.render'] = async (args: unknown) => {
    harness.renders.push(args as ExportHarness['renders'][number]);
    await new Promise<void>((resolve) => {
      harness.release = () => {
        harness.release = null;
        resolve();
      };
    });
    return forwardRender(args);
  };
  for (const method of ['host.saveFile', 'host.savePdf'] as const) {
    bridge[method] = async (args: unknown) => {
      const { fileName } = args as { fileName: string };
      harness.saves.push({ method, args: args as SaveCall['args'] });
      return { ok: true, value: { path: `/home/reviewer/Reports/${fileName}` } };
    };
  }
  Object.assign(window, { exportHarness: harness });
}

function emit(page: Page, event: unknown): Promise<void> {
  return page.evaluate((sent) => (window as unknown as HarnessWindow).claimtraceBridgeProbe.emit(sent), event);
}

function harness(page: Page): Promise<Omit<ExportHarness, 'release'> & { held: boolean }> {
  return page.evaluate(() => {
    const { saves, renders, release } = (window as unknown as HarnessWindow).exportHarness;
    return { saves, renders, held: release !== null };
  });
}

function releaseExport(page: Page): Promise<void> {
  return page.evaluate(() => (window as unknown as HarnessWindow).exportHarness.release?.());
}

test.describe('exporting in the desktop app', () => {
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(installForwardingBridge, methodNames);
    await page.addInitScript(installDesktopHarness);
  });

  test('the Export menu command opens the dialog; progress shows while it runs; the file is saved where the reviewer chose', async ({
    page,
    host,
    guard,
  }) => {
    await seedDocumentWithClaim(page, host);
    await openShell(page, host);
    await emit(page, { type: 'menu.command', command: 'export' });
    const dialog = exportDialog(page);
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('radio', { name: /Whole workbench/ })).toBeChecked();
    // Opening a tab is for browsers; the desktop app saves.
    await expect(dialog.getByRole('button', { name: 'Open report' })).toHaveCount(0);
    await dialog.getByRole('button', { name: 'Save…' }).click();

    await expect.poll(async () => (await harness(page)).held).toBe(true);
    const [render] = (await harness(page)).renders;
    expect(render?.format).toBe('html');
    const exportId = render?.exportId;
    expect(exportId).toMatch(/^[0-9a-f-]{36}$/u);

    const progress = dialog.getByRole('progressbar', { name: 'Export progress' });
    await expect(progress).toHaveAttribute('aria-valuetext', 'Preparing the export…');
    // Another export's progress is not this one's.
    await emit(page, { type: 'export.progress', exportId: crypto.randomUUID(), done: 9, total: 10 });
    await emit(page, { type: 'export.progress', exportId, done: 3, total: 12 });
    await expect(progress).toHaveAttribute('aria-valuenow', '25');
    await expect(dialog).toContainText('3 of 12 claims written');

    await releaseExport(page);
    await expect(page.getByRole('status').filter({ hasText: 'Saved to /home/reviewer/Reports/claimtrace-report-' })).toBeVisible();
    await expect(dialog).toBeHidden();
    const { saves } = await harness(page);
    expect(saves).toHaveLength(1);
    expect(saves[0]?.method).toBe('host.saveFile');
    expect(saves[0]?.args.fileName).toMatch(/^claimtrace-report-[a-z0-9-]+\.html$/u);
    expect(saves[0]?.args.content).toContain(`<mark>${CLAIM_QUOTE}</mark>`);
    expectCleanRun(guard, host);
  });

  test('a PDF is printed by the desktop app from the HTML report and saved under a .pdf name', async ({ page, host, guard }) => {
    await seedDocumentWithClaim(page, host);
    await openShell(page, host);
    await emit(page, { type: 'menu.command', command: 'export' });
    const dialog = exportDialog(page);
    await dialog.getByRole('radio', { name: /^PDF report/ }).check();
    // The browser's print dialog is not involved in the desktop app.
    await expect(dialog).not.toContainText('print dialog');
    await dialog.getByRole('button', { name: 'Save PDF…' }).click();
    await expect.poll(async () => (await harness(page)).held).toBe(true);
    await releaseExport(page);

    await expect(page.getByRole('status').filter({ hasText: 'PDF saved' })).toContainText(
      /Saved to \/home\/reviewer\/Reports\/claimtrace-report-[a-z0-9-]+\.pdf/u,
    );
    const { saves, renders } = await harness(page);
    expect(renders.map((render) => render.format)).toEqual(['html']);
    expect(saves.map((save) => save.method)).toEqual(['host.savePdf']);
    expect(saves[0]?.args.html).toContain(`<mark>${CLAIM_QUOTE}</mark>`);
    expectCleanRun(guard, host);
  });
});
