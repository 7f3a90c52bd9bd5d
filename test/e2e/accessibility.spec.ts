// An axe scan (WCAG 2.2 AA) of every main screen and dialog, in both themes, at a large and a
// small window. One page per theme and size walks through the screens, as a reviewer would, and
// the test fails on any critical or serious violation, naming the rule, the element and why.
import fs from 'node:fs';

import type { Page } from '@playwright/test';
import type { AxeResults, ImpactValue } from 'axe-core';

import { ARTICLE_TITLE as REVIEW_TITLE, openReview, queueList, REVIEWER } from './review-support.js';
import { openSourceFromList, setUpNewsroom, sourcePane } from './sources-newsroom.js';
import { axeViolations, FAILING_IMPACTS } from './support/axe.js';
import type { BrowserHost } from './support/browser-host.js';
import { callApi, expectCleanRun, importThroughApi, library, reader, readerText, textFile } from './support/documents.js';
import { expect, openShell, test } from './support/fixtures.js';

/** Set to a folder to keep every scan's full results (all impacts) as JSON, for triage. */
const RESULTS_DIR = process.env.CLAIMTRACE_AXE_RESULTS;

const GAZETTE = 'Convoy Struck Near Border Crossing';

interface Finding {
  screen: string;
  rule: string;
  impact: ImpactValue;
  help: string;
  target: string;
  summary: string;
}

type Violation = AxeResults['violations'][number];
type ViolationNode = Violation['nodes'][number];

const impactOf = (violation: Violation, node: ViolationNode): ImpactValue => node.impact ?? violation.impact ?? 'minor';
const isFailing = (violation: Violation, node?: ViolationNode): boolean =>
  node
    ? FAILING_IMPACTS.includes(impactOf(violation, node))
    : violation.nodes.some((each) => FAILING_IMPACTS.includes(impactOf(violation, each)));
const nodeKey = (violation: Violation, node: ViolationNode) => `${violation.id} ${node.target.join(' ')}`;

/** Runs axe on the whole page as it is now and keeps what it found under the screen's name. */
class Scanner {
  readonly findings: Finding[] = [];
  private readonly scans: { screen: string; violations: AxeResults['violations'] }[] = [];

  constructor(private readonly page: Page) {}

  async scan(screen: string): Promise<void> {
    let violations = await this.run();
    // axe yields between its checks, so a control that is re-enabled while it runs (a view
    // reloading after a change) can be measured half-way. What fails is scanned again at once,
    // and only what fails both times is kept: a real violation fails every time.
    if (violations.some((violation) => isFailing(violation))) {
      const again = new Set((await this.run()).flatMap((violation) => violation.nodes.map((node) => nodeKey(violation, node))));
      violations = violations.map((violation) => ({
        ...violation,
        nodes: violation.nodes.filter((node) => !isFailing(violation, node) || again.has(nodeKey(violation, node))),
      }));
    }
    this.scans.push({ screen, violations });
    for (const violation of violations) {
      for (const node of violation.nodes) {
        this.findings.push({
          screen,
          rule: violation.id,
          impact: impactOf(violation, node),
          help: violation.help,
          target: node.target.join(' '),
          summary: (node.failureSummary ?? '').replace(/\s+/g, ' ').trim(),
        });
      }
    }
  }

  private run(): Promise<AxeResults['violations']> {
    return axeViolations(this.page);
  }

  save(name: string): void {
    if (!RESULTS_DIR) return;
    fs.mkdirSync(RESULTS_DIR, { recursive: true });
    fs.writeFileSync(`${RESULTS_DIR}/${name}.json`, JSON.stringify(this.scans, null, 2));
  }

  /** Critical and serious findings, each element once (the first screen it was seen on), one per line. */
  report(): string[] {
    const seen = new Set<string>();
    const lines: string[] = [];
    for (const finding of this.findings) {
      if (!FAILING_IMPACTS.includes(finding.impact)) continue;
      const key = `${finding.rule} ${finding.target}`;
      if (seen.has(key)) continue;
      seen.add(key);
      lines.push(`[${finding.impact}] ${finding.rule} on ${finding.screen}: ${finding.target} — ${finding.help}. ${finding.summary}`);
    }
    return lines;
  }
}

/** Claims in two documents in three statuses, one with a verdict, a reviewer, and a bundle to import. */
async function setUpWorkbench(page: Page, host: BrowserHost): Promise<string> {
  await callApi(page, host, 'settings.update', { reviewerName: REVIEWER });
  const { claims } = await setUpNewsroom(page, host);
  const ratings = await callApi<{ id: string; archived: boolean }[]>(page, host, 'ratings.list', {});
  const rating = ratings.find((entry) => !entry.archived)!;
  await callApi(page, host, 'claims.setStatus', { id: claims.supplies.id, status: 'in_progress' });
  await callApi(page, host, 'claims.setStatus', { id: claims.explosions.id, status: 'in_progress' });
  await callApi(page, host, 'claims.setStatus', { id: claims.explosions.id, status: 'in_review' });
  await callApi(page, host, 'claims.setVerdict', { id: claims.convoy.id, ratingId: rating.id });
  await callApi(page, host, 'claims.setRationale', {
    id: claims.convoy.id,
    rationaleJson: null,
    rationaleText: 'No other outlet reported a strike at the crossing that night.',
  });
  const bundle = await callApi<{ content: string }>(page, host, 'exports.render', { scope: { kind: 'workbench' }, format: 'json' });
  // A document the bundle lacks, so its summary has something to report.
  await importThroughApi(page, host, textFile('harbour.txt', `${REVIEW_TITLE}\n\nThe harbour authority said ferry traffic fell in March.`));
  return bundle.content;
}

async function closeDialog(page: Page, name: string | RegExp): Promise<void> {
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name })).toBeHidden();
}

for (const theme of ['light', 'dark'] as const) {
  for (const viewport of [
    { width: 1440, height: 900 },
    { width: 1024, height: 700 },
  ]) {
    test.describe(`${theme} theme at ${viewport.width}×${viewport.height}`, () => {
      test.use({ viewport, colorScheme: theme, reducedMotion: 'reduce' });

      test('every screen and dialog passes axe with no critical or serious violation', async ({ page, host, guard }) => {
        test.setTimeout(90_000);
        const scanner = new Scanner(page);
        await callApi(page, host, 'settings.update', { theme });

        // First launch: an empty library and reader, and pasting text from the empty state.
        await openShell(page, host);
        await expect(library(page).getByRole('heading', { name: 'No documents yet' })).toBeVisible();
        await scanner.scan('the first-launch library');
        await library(page).getByRole('tabpanel').getByRole('button', { name: 'Paste text…' }).click();
        await expect(page.getByRole('dialog', { name: 'Paste text' })).toBeVisible();
        await scanner.scan('the Paste text dialog');
        await closeDialog(page, 'Paste text');

        const bundle = await setUpWorkbench(page, host);
        await openShell(page, host);
        await library(page)
          .getByRole('option', { name: new RegExp(GAZETTE) })
          .click();
        const text = await readerText(page);
        await expect(text.locator('mark').first()).toBeVisible();
        await scanner.scan('the reader with claims');
        await reader(page).getByRole('button', { name: 'Legend' }).click();
        await expect(reader(page).getByRole('group', { name: 'What the colours mean' })).toBeVisible();
        await scanner.scan('the colour legend');
        await page.keyboard.press('Escape');
        await expect(reader(page).getByRole('group', { name: 'What the colours mean' })).toBeHidden();

        await text.locator('mark').filter({ hasText: 'convoy was struck' }).first().click();
        const inspector = page.getByRole('complementary', { name: 'Inspector' });
        await expect(inspector.getByRole('region', { name: 'Claim' })).toBeVisible();
        await expect(inspector.getByRole('button', { name: 'Assign to me' })).toBeEnabled();
        await scanner.scan('the claim inspector');
        await inspector.getByRole('button', { name: 'Add hop' }).click();
        await inspector.getByRole('combobox', { name: 'Source for hop 3' }).fill('Harbour desk');
        await expect(inspector.getByRole('option', { name: /as unnamed source/ })).toBeVisible();
        await scanner.scan('the source combobox');
        await page.keyboard.press('Escape');

        await reader(page).getByRole('button', { name: 'Suggest attributions' }).click();
        await expect(inspector.getByRole('list', { name: 'Suggestions' }).getByRole('listitem').first()).toBeVisible();
        await scanner.scan('the suggestions panel');
        await inspector.getByRole('button', { name: 'Done' }).click();

        await reader(page).getByRole('button', { name: 'Edit details' }).click();
        await expect(page.getByRole('dialog', { name: 'Edit details' })).toBeVisible();
        await scanner.scan('the Edit details dialog');
        await closeDialog(page, 'Edit details');

        await reader(page).getByRole('button', { name: 'Delete…' }).click();
        await expect(page.getByRole('dialog', { name: 'Delete document?' })).toBeVisible();
        await scanner.scan('the Delete document dialog');
        await closeDialog(page, 'Delete document?');

        await page.getByRole('banner').getByRole('button', { name: 'Export…' }).click();
        await expect(page.getByRole('dialog', { name: 'Export' })).toBeVisible();
        await scanner.scan('the Export dialog');
        await closeDialog(page, 'Export');

        await page.getByRole('banner').getByRole('button', { name: 'Settings' }).click();
        const settings = page.getByRole('dialog', { name: 'Settings' });
        // Scanned once the settings and backups have loaded and nothing is greyed out any more.
        await expect(settings.getByRole('textbox', { name: 'Reviewer name' })).toBeEnabled();
        await expect(settings.getByRole('button', { name: 'Back up now' })).toBeEnabled();
        await scanner.scan('the Settings dialog');
        await closeDialog(page, 'Settings');

        await library(page)
          .getByRole('option', { name: new RegExp(GAZETTE) })
          .click({ button: 'right' });
        await page.getByRole('menuitem', { name: 'Attribution graph' }).click();
        const graph = page.getByRole('dialog', { name: new RegExp(`Attribution graph — ${GAZETTE}`) });
        await expect(graph.getByRole('group', { name: /Attribution graph/ })).toBeVisible();
        await scanner.scan('the attribution graph dialog');
        await closeDialog(page, new RegExp(`Attribution graph — ${GAZETTE}`));

        const pane = await openSourceFromList(page, 'Fars');
        await pane.getByRole('tab', { name: /Trace/ }).click();
        await expect(pane.getByRole('list', { name: 'Claims attributed to this source' })).toBeVisible();
        const relays = pane.getByRole('region', { name: /Relayed by/ });
        await expect(relays.getByRole('table', { name: /Who relays Fars/ })).toBeVisible();
        await scanner.scan('the source trace');
        await relays
          .getByRole('button', { name: /: show the \d+ claims? it relayed$/ })
          .first()
          .click();
        await expect(relays.getByRole('list', { name: /^Claims .+ relayed$/ })).toBeVisible();
        await pane
          .getByRole('radiogroup', { name: 'Cue stance at Fars' })
          .getByRole('radio', { name: /^Neutral/ })
          .check();
        await scanner.scan('who relays a source, with a relayer opened, and the trace filtered by stance');
        await pane.getByRole('tab', { name: 'Registry entry' }).click();
        await expect(pane.getByRole('list', { name: 'Web domains' })).toBeVisible();
        await scanner.scan('the source registry entry');
        await pane.getByRole('tab', { name: 'Attribution graph' }).click();
        await expect(pane.getByRole('group', { name: 'Attribution graph of Fars' })).toBeVisible();
        await scanner.scan('the source graph');

        await sourcePane(page).getByRole('button', { name: 'Edit…' }).click();
        await expect(page.getByRole('dialog', { name: 'Edit Fars' })).toBeVisible();
        await scanner.scan('the source editor');
        await closeDialog(page, 'Edit Fars');

        await sourcePane(page).getByRole('button', { name: 'Merge into…' }).click();
        const merge = page.getByRole('dialog', { name: 'Merge Fars into…' });
        await merge.getByRole('searchbox', { name: 'Find a source' }).fill('Sputnik');
        await expect(merge.getByRole('listbox', { name: 'Sources to merge into' }).getByRole('option').first()).toBeVisible();
        await scanner.scan('the Merge dialog');
        // Escape in the search field clears it rather than closing.
        await merge.getByRole('button', { name: 'Cancel' }).click();
        await expect(merge).toBeHidden();

        const review = await openReview(page);
        await queueList(page).getByRole('option').first().click();
        await expect(page.getByRole('region', { name: 'Verification' })).toBeVisible();
        // The claim's origins opened, as a journalist reads them.
        await page.getByRole('region', { name: 'Verification' }).locator('details.origins summary').click();
        await expect(page.getByRole('list', { name: 'Independent origins' })).toBeVisible();
        await scanner.scan('the review queue, with the claim’s origins opened');
        await review.getByRole('tab', { name: 'Dashboard' }).click();
        await expect(review.getByRole('region', { name: 'Claims by status' })).toBeVisible();
        await scanner.scan('the dashboard');
        await review.getByRole('button', { name: 'Back to documents' }).click();
        await library(page)
          .getByRole('tab', { name: /Documents/ })
          .click();

        await library(page).getByRole('button', { name: 'More ways to import' }).click();
        const chooser = page.waitForEvent('filechooser');
        await page.getByRole('menu', { name: 'Import' }).getByRole('menuitem', { name: 'Import bundle…' }).click();
        await (await chooser).setFiles({ name: 'desk.json', mimeType: 'application/json', buffer: Buffer.from(bundle, 'utf8') });
        await expect(page.getByRole('dialog', { name: 'Bundle imported' }).getByRole('table')).toBeVisible();
        await scanner.scan('the bundle import summary');

        scanner.save(`${theme}-${viewport.width}x${viewport.height}`);
        const failures = scanner.report();
        expect(failures, `axe found ${failures.length} critical or serious violations:\n${failures.join('\n')}\n`).toEqual([]);
        expectCleanRun(guard, host);
      });
    });
  }
}
