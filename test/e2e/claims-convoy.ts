// A short article of our own for the suggestion tests: a photo credit under the headline, cues
// that distance ("claimed") and vouch ("confirmed"), and a reader-comment thread in which a named
// commenter passes on what Sputnik reported.
import type { Page } from '@playwright/test';

import type { ImportOutcome } from '../../core/domain.js';
import type { BrowserHost } from './support/browser-host.js';
import { callApi, openDocument } from './support/documents.js';
import { openShell } from './support/fixtures.js';

export const CONVOY_TITLE = 'Convoy Halts Near Border Crossing';

export const CONVOY_TEXT = [
  CONVOY_TITLE,
  '',
  'Ivan Petrov/TASS',
  '',
  'A humanitarian convoy stopped short of the border crossing on Tuesday, officials said.',
  '',
  'The ministry claimed that the road had been mined overnight. Reuters reported that aid workers waited at the checkpoint for six hours.',
  '',
  'Local officials confirmed that the convoy carried medical supplies.',
  '',
  '2 Comments',
  '',
  'Dana Holt',
  '',
  'March 3, 2026 at 9:14 am',
  '',
  'Sputnik reported that the convoy turned back.',
  '',
  'Reply',
  '',
  'Mark Fenn',
  '',
  'March 3, 2026 at 10:02 am',
  '',
  'Did you read the Reuters piece?? Nobody turned back.',
  '',
  'Reply',
].join('\n');

/** Imports the convoy article, opens the shell and the article; returns the document ID. */
export async function openConvoy(page: Page, host: BrowserHost): Promise<string> {
  const outcome = await callApi<ImportOutcome>(page, host, 'documents.importText', { text: CONVOY_TEXT, title: CONVOY_TITLE });
  if (outcome.status !== 'imported') throw new Error(`The article was not imported: ${JSON.stringify(outcome)}`);
  await openShell(page, host);
  await openDocument(page, CONVOY_TITLE);
  return outcome.document.id;
}
