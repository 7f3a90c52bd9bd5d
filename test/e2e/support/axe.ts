// axe (WCAG 2.2 AA) run inside the page, on the whole document or on one part of it.
import fs from 'node:fs';
import { createRequire } from 'node:module';

import type { Locator, Page } from '@playwright/test';
import type axe from 'axe-core';
import type { AxeResults, ImpactValue, RunOptions } from 'axe-core';

const AXE_SOURCE = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const OPTIONS: RunOptions = { runOnly: { type: 'tag', values: WCAG_22_AA }, resultTypes: ['violations'] };

/** The impacts a test fails on. */
export const FAILING_IMPACTS: readonly ImpactValue[] = ['critical', 'serious'];

type WindowWithAxe = Window & { axe: typeof axe };

/** Every WCAG 2.2 AA violation in the page, or inside `part` when given. */
export async function axeViolations(page: Page, part?: Locator): Promise<AxeResults['violations']> {
  // Evaluated rather than added as a <script>: the app's content security policy refuses inline scripts.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const results = part
    ? await part.evaluate((element, options) => (window as unknown as WindowWithAxe).axe.run(element, options), OPTIONS)
    : await page.evaluate((options) => (window as unknown as WindowWithAxe).axe.run(document, options), OPTIONS);
  return results.violations;
}

/** The critical and serious failures inside one part of the page, as "rule: element" lines. */
export async function accessibilityFailures(part: Locator): Promise<string[]> {
  const violations = await axeViolations(part.page(), part);
  return violations
    .filter((violation) => violation.impact && FAILING_IMPACTS.includes(violation.impact))
    .flatMap((violation) => violation.nodes.map((node) => `${violation.id}: ${node.target.join(' ')}`));
}
