// A short article of our own for the unconfirmed-sources tests: a union organiser and a newspaper
// the registry does not know, beside Reuters, which it does; and accepting its suggestions the way
// a reviewer does, from the claims bar.
import type { Page } from '@playwright/test';

import type { ImportOutcome } from '../../core/domain.js';
import { inspector } from './claims-helpers.js';
import type { BrowserHost } from './support/browser-host.js';
import { callApi, openDocument, reader } from './support/documents.js';
import { expect, openShell } from './support/fixtures.js';

export const DOCKS_TITLE = 'Dockworkers Walk Out Over Night Shifts';

export const DOCKS_TEXT = [
  DOCKS_TITLE,
  '',
  'Dockworkers walked out on Monday, union organiser Petra Varga told the Harbour Gazette.',
  '',
  'Reuters reported that two ferries were held at anchor outside the breakwater.',
  '',
  'Talks are expected to resume later in the week.',
].join('\n');

export const WALKOUT = 'Dockworkers walked out on Monday';

/** Imports the article, opens it, asks for suggestions and accepts them all; returns the document ID. */
export async function acceptDocksSuggestions(page: Page, host: BrowserHost): Promise<string> {
  const outcome = await callApi<ImportOutcome>(page, host, 'documents.importText', { text: DOCKS_TEXT, title: DOCKS_TITLE });
  if (outcome.status !== 'imported') throw new Error(`The article was not imported: ${JSON.stringify(outcome)}`);
  const documentId = outcome.document.id;
  await openShell(page, host);
  await openDocument(page, DOCKS_TITLE);
  await reader(page).getByRole('button', { name: 'Suggest attributions' }).click();
  const panel = inspector(page).getByRole('region', { name: 'Suggested attributions' });
  await expect(panel.getByRole('list', { name: 'Suggestions' }).getByRole('listitem').first()).toBeVisible();
  await panel.getByRole('button', { name: 'Accept all' }).click();
  await expect(inspector(page).getByRole('heading', { name: 'Nothing left to suggest' })).toBeVisible();
  return documentId;
}
