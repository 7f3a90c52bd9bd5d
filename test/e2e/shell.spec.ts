import { SEED_SOURCES } from '../../core/sources/seed-registry.js';
import { expect, isOnHost, openShell, test } from './support/fixtures.js';

const KIND_LABELS: Record<string, string> = {
  state_media: 'State media',
  wire_agency: 'Wire agency',
};

/** The outlets reviewers trace most often; every new workbench must know them. */
const TRACED_AGENCIES = ['TASS', 'Sputnik', 'Fars', 'AFP', 'Reuters'];

function seedSource(name: string) {
  const source = SEED_SOURCES.find((candidate) => candidate.name === name);
  if (!source) throw new Error(`The seed registry has no source called ${name}.`);
  return source;
}

test.describe('the application shell on a new workbench', () => {
  test('names the open workbench and where it is stored', async ({ page, host }) => {
    await openShell(page, host);
    const titleBar = page.getByRole('banner');
    await expect(titleBar.getByRole('heading', { level: 1, name: 'e2e' })).toBeVisible();
    await expect(titleBar.getByText(host.workbenchPath, { exact: true })).toBeVisible();
    const contents = titleBar.getByRole('list', { name: 'Workbench contents' });
    await expect(contents).toContainText('0 documents');
    await expect(contents).toContainText(`${SEED_SOURCES.length} sources`);
    await expect(page).toHaveTitle('Claimtrace');
  });

  test('explains each empty pane', async ({ page, host }) => {
    await openShell(page, host);
    const library = page.getByRole('navigation', { name: 'Library' });
    await expect(library.getByRole('tab', { name: /Documents/, selected: true })).toBeVisible();
    await expect(library.getByRole('heading', { name: 'No documents yet' })).toBeVisible();
    await expect(library.getByText(/Import news articles/)).toBeVisible();
    const reader = page.getByRole('main', { name: 'Reader' });
    await expect(reader.getByRole('heading', { name: 'Select a document to read it' })).toBeVisible();
    const inspector = page.getByRole('complementary', { name: 'Inspector' });
    await expect(inspector.getByRole('heading', { name: 'No claim selected' })).toBeVisible();
  });

  test('lists the seeded source registry with kinds and aliases', async ({ page, host }) => {
    await openShell(page, host);
    await page.getByRole('tab', { name: /Sources/ }).click();
    await expect(page.getByRole('tab', { name: /Sources/ })).toContainText(String(SEED_SOURCES.length));
    const list = page.getByRole('listbox', { name: 'Sources' });
    // Only the rows in view are rendered; each still tells assistive technology the full count.
    await expect(list.getByRole('option').first()).toHaveAttribute('aria-setsize', String(SEED_SOURCES.length));
    const filter = page.getByRole('searchbox', { name: 'Filter sources' });
    for (const name of TRACED_AGENCIES) {
      const source = seedSource(name);
      await filter.fill(name);
      const option = list.getByRole('option', { name: new RegExp(`^${name}\\b`) });
      await expect(option).toContainText(KIND_LABELS[source.kind] ?? source.kind);
      await expect(option).toContainText(`${source.aliases.length} aliases`);
    }
  });

  test('shows a source’s aliases in the inspector when it is selected', async ({ page, host }) => {
    const tass = seedSource('TASS');
    await openShell(page, host);
    await page.getByRole('tab', { name: /Sources/ }).click();
    await page.getByRole('searchbox', { name: 'Filter sources' }).fill('TASS');
    await page.getByRole('option', { name: /^TASS\b/ }).click();
    const inspector = page.getByRole('complementary', { name: 'Inspector' });
    await expect(inspector.getByRole('heading', { name: 'TASS' })).toBeVisible();
    await expect(inspector.getByText('State-affiliated')).toBeVisible();
    for (const alias of tass.aliases) await expect(inspector.getByText(alias.alias, { exact: true })).toBeVisible();
  });

  test('filters sources by an alias and moves through them with the keyboard', async ({ page, host }) => {
    await openShell(page, host);
    await page.getByRole('tab', { name: /Sources/ }).click();
    const filter = page.getByRole('searchbox', { name: 'Filter sources' });
    await filter.fill('farsnews');
    const list = page.getByRole('listbox', { name: 'Sources' });
    await expect(list.getByRole('option')).toHaveCount(1);
    await expect(list.getByRole('option')).toContainText('Fars');

    await filter.fill('');
    await expect(list.getByRole('option').first()).toHaveAttribute('aria-setsize', String(SEED_SOURCES.length));
    await list.focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    const secondOption = list.getByRole('option').nth(1);
    await expect(secondOption).toHaveAttribute('aria-selected', 'true');
    await expect(list.getByRole('option', { selected: true })).toHaveCount(1);
    const shownSource = page.getByRole('complementary', { name: 'Inspector' }).getByRole('heading', { level: 3 });
    await expect(shownSource).toBeVisible();
    expect((await secondOption.textContent())!.startsWith((await shownSource.textContent())!)).toBe(true);

    await page.keyboard.press('End');
    await expect(list.getByRole('option', { selected: true })).toHaveAttribute('aria-posinset', String(SEED_SOURCES.length));
  });

  test('resizes the library from the keyboard and remembers the width', async ({ page, host }) => {
    await openShell(page, host);
    const library = page.getByRole('navigation', { name: 'Library' });
    const separator = page.getByRole('separator', { name: 'Resize library' });
    const before = (await library.boundingBox())!.width;
    await separator.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect.poll(async () => (await library.boundingBox())!.width).toBeGreaterThan(before + 20);
    const widened = (await library.boundingBox())!.width;

    await page.reload();
    await expect(page.locator('body')).toHaveAttribute('data-ready', 'true');
    expect((await library.boundingBox())!.width).toBe(widened);
  });

  test('loads nothing from outside the host and logs no errors', async ({ page, host, guard }) => {
    await openShell(page, host);
    await page.getByRole('tab', { name: /Sources/ }).click();
    await page.getByRole('searchbox', { name: 'Filter sources' }).fill('Reuters');
    await page.getByRole('option', { name: /^Reuters\b/ }).click();
    await page.getByRole('button', { name: 'Settings' }).click();
    await page.getByRole('button', { name: 'Cancel' }).click();
    await expect(page.getByRole('dialog')).toBeHidden();

    expect(guard.requests.some((url) => url.endsWith('/api/workbench.info'))).toBe(true);
    expect(guard.blocked).toEqual([]);
    expect(guard.requests.filter((url) => !isOnHost(url, host))).toEqual([]);
    expect(guard.consoleErrors).toEqual([]);
  });
});
