// Helpers for the documents tests: fixture files, importing the way a reviewer does (the file
// chooser, a drop) or, for tests about something else, straight through the API.
import fs from 'node:fs';
import path from 'node:path';

import type { Page } from '@playwright/test';

import type { ImportOutcome } from '../../../core/domain.js';
import type { BrowserHost } from './browser-host.js';
import { expect, isOnHost, type PageGuard } from './fixtures.js';

const FIXTURES = path.resolve(import.meta.dirname, '../../fixtures/e2e');

export interface FilePayload {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

const MIME_TYPES: Record<string, string> = {
  '.txt': 'text/plain',
  '.md': 'text/markdown',
  '.html': 'text/html',
  '.pdf': 'application/pdf',
};

export function fixtureFile(name: string): FilePayload {
  return { name, mimeType: mimeTypeOf(name), buffer: fs.readFileSync(path.join(FIXTURES, name)) };
}

export function fixtureText(name: string): string {
  return fs.readFileSync(path.join(FIXTURES, name), 'utf8');
}

export function textFile(name: string, text: string): FilePayload {
  return { name, mimeType: mimeTypeOf(name), buffer: Buffer.from(text, 'utf8') };
}

function mimeTypeOf(name: string): string {
  return MIME_TYPES[path.extname(name).toLowerCase()] ?? 'application/octet-stream';
}

/** Imports a document through the API, as another window or the command line would. */
export async function importThroughApi(page: Page, host: BrowserHost, file: FilePayload): Promise<string> {
  const answer = await page.request.post(`${host.origin}/api/documents.importFile`, {
    data: { name: file.name, dataBase64: file.buffer.toString('base64') },
  });
  const body = (await answer.json()) as { ok: boolean; value: ImportOutcome };
  if (!body.ok || body.value.status !== 'imported') {
    throw new Error(`${file.name} was not imported: ${JSON.stringify(body)}`);
  }
  return body.value.document.id;
}

/** Three documents with known titles, outlets and dates, imported oldest first (Bravo, Charlie, Alpha). */
export async function importThreeDated(page: Page, host: BrowserHost): Promise<string[]> {
  const specs = [
    { title: 'Bravo: Kremlin Says No Date Set for Summit', outlet: 'TASS', publishedAt: '2018-03-01' },
    { title: 'Charlie: Grain Talks Resume in Istanbul', outlet: 'AFP', publishedAt: '2020-05-10' },
    { title: 'Alpha: Port Denies Fuel Shortage Reports', outlet: 'Reuters', publishedAt: '2022-01-15' },
  ];
  const ids: string[] = [];
  for (const [index, spec] of specs.entries()) {
    const id = await importThroughApi(
      page,
      host,
      textFile(`doc-${index}.txt`, `${spec.title}\n\nOfficials said on Monday that talks number ${index} would continue.`),
    );
    await callApi(page, host, 'documents.update', { id, patch: { title: spec.title, outlet: spec.outlet, publishedAt: spec.publishedAt } });
    ids.push(id);
  }
  return ids;
}

/** Calls any API method from the test, for setting up state a test is not about. */
export async function callApi<T>(page: Page, host: BrowserHost, method: string, args: unknown): Promise<T> {
  const answer = await page.request.post(`${host.origin}/api/${method}`, { data: args });
  const body = (await answer.json()) as { ok: boolean; value: T; error?: { message: string } };
  if (!body.ok) throw new Error(`${method} failed: ${body.error?.message}`);
  return body.value;
}

/** Clicks "Import…" in the library and answers the file chooser with the given files. */
export async function importThroughChooser(page: Page, files: FilePayload[]): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  // The toolbar's button; an empty library offers a second one in its empty state.
  await library(page).getByRole('button', { name: 'Import…', exact: true }).first().click();
  await (await chooser).setFiles(files);
}

export function library(page: Page) {
  return page.getByRole('navigation', { name: 'Library' });
}

export function reader(page: Page) {
  return page.getByRole('main', { name: 'Reader' });
}

/** The import summary at the foot of the library, once a run is over. */
export function importSummary(page: Page) {
  return library(page)
    .getByRole('region')
    .filter({ has: page.getByRole('button', { name: 'Dismiss import summary' }) });
}

/** The document text in the reader, once it has been put on screen. */
export async function readerText(page: Page) {
  await expect(reader(page).locator('.reader-text')).toHaveAttribute('data-ready', 'true');
  return reader(page).getByRole('article', { name: 'Document text' });
}

export async function openDocument(page: Page, title: string | RegExp) {
  await library(page).getByRole('listbox', { name: 'Documents' }).getByRole('option', { name: title }).click();
  return readerText(page);
}

/** Nothing left the machine and nothing went wrong in the page. */
export function expectCleanRun(guard: PageGuard, host: BrowserHost, consoleErrors = guard.consoleErrors): void {
  expect(guard.blocked).toEqual([]);
  expect(guard.requests.filter((url) => !isOnHost(url, host))).toEqual([]);
  expect(consoleErrors).toEqual([]);
}
