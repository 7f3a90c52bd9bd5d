// A page saved as Markdown (named .txt) and a page saved as a single-file web archive arrive
// with the right headline, author and outlet; a date only mentioned in a text is shown as a
// guess until the reviewer keeps it.
import { expectCleanRun, importSummary, importThroughChooser, library, openDocument, reader, textFile } from './support/documents.js';
import { expect, openShell, test } from './support/fixtures.js';

const MARKDOWN = [
  '# Pilots Refuse Night Shifts at the Northern Quay',
  '',
  'By [Mira Haddad](#)',
  '',
  'Harbour Review, October 01, 2020',
  '',
  'The pilots’ guild said on Monday that it would **refuse** night shifts, according to a statement on its [channel](https://t.me/example).',
  '',
  'Residents said the quay stayed closed for a second day.',
  '',
  '**Disclaimer:** The contents of this article are of sole responsibility of the author.',
].join('\n');

const GUESSED = [
  'Tug crews join the harbour strike',
  '',
  'Tug crews stopped work after the radar failed during a storm on March 3, 2021, the union said.',
  'The harbour master had been warned in a letter on February 9, 2021.',
].join('\n');

function webArchive(): string {
  const page = [
    '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Dredging halted after survey dispute | Coastal Ledger</title>',
    '<meta property="og:site_name" content="Coastal Ledger"><meta name="author" content="Tomas Lind"></head><body>',
    '<article><h1>Dredging halted after survey dispute</h1><p>The port authority halted dredging on Tuesday after two surveys of the channel disagreed on its depth, officials said.</p>',
    '<p>Shipping agents said larger vessels would wait outside the harbour until the dispute was settled.</p></article></body></html>',
  ].join('\r\n');
  return [
    'From: <Saved by a browser>',
    'Snapshot-Content-Location: https://coastal-ledger.example/dredging-halted',
    'Subject: Dredging halted after survey dispute',
    'Date: Tue, 9 Mar 2021 10:15:00 -0000',
    'MIME-Version: 1.0',
    'Content-Type: multipart/related; type="text/html"; boundary="----=_Part_1"',
    '',
    '------=_Part_1',
    'Content-Type: text/html',
    'Content-Transfer-Encoding: binary',
    'Content-Location: https://coastal-ledger.example/dredging-halted',
    '',
    page,
    '------=_Part_1--',
    '',
  ].join('\r\n');
}

test('imports a Markdown page and a web archive with their details, and a guessed date is kept with one click', async ({
  page,
  host,
  guard,
}) => {
  await openShell(page, host);
  await importThroughChooser(page, [
    textFile('pilots.txt', MARKDOWN),
    { name: 'dredging.mhtml', mimeType: 'multipart/related', buffer: Buffer.from(webArchive()) },
    textFile('tugs.txt', GUESSED),
  ]);
  const summary = importSummary(page);
  await expect(summary.getByRole('status')).toHaveText('3 imported');
  await summary.getByRole('button', { name: 'Done' }).click();

  const header = reader(page).getByRole('region', { name: 'Document details' });
  const markdown = await openDocument(page, /Pilots Refuse Night Shifts/);
  await expect(markdown).toContainText('according to a statement on its channel.');
  await expect(markdown).not.toContainText('Disclaimer');
  await expect(header.getByRole('heading', { name: 'Pilots Refuse Night Shifts at the Northern Quay' })).toBeVisible();
  await expect(header).toContainText('Harbour Review');
  await expect(header).toContainText('By Mira Haddad');
  await expect(header).toContainText('Publication date from a date printed with the article');
  await expect(header.locator('.guess-mark')).toHaveCount(0);

  await openDocument(page, /Dredging halted after survey dispute/);
  await expect(header.getByRole('heading', { name: 'Dredging halted after survey dispute' })).toBeVisible();
  await expect(header).toContainText('Coastal Ledger');
  await expect(header).toContainText('By Tomas Lind');
  await expect(header).toContainText('https://coastal-ledger.example/dredging-halted');
  await expect(header).toContainText('Publication date unknown');

  await openDocument(page, /Tug crews join the harbour strike/);
  await expect(header.locator('.doc-header__byline .guess-mark')).toHaveText('guessed');
  await expect(library(page).getByRole('option', { name: /Tug crews/ })).toContainText('(guessed)');
  await header.getByRole('button', { name: 'Keep' }).click();
  await expect(header.locator('.guess-mark')).toHaveCount(0);
  await expect(header).toContainText('Publication date from a date the text mentions, confirmed');
  await expect(library(page).getByRole('option', { name: /Tug crews/ })).not.toContainText('(guessed)');
  expectCleanRun(guard, host);
});
