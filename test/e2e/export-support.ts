// Setting up the workbench the export tests start from: one article with a claim on it, made
// through the API the way another window would; and the export dialog as a reviewer finds it.
import fs from 'node:fs';

import type { Download, Page } from '@playwright/test';

import type { Claim, DocumentDetail } from '../../core/domain.js';
import type { BrowserHost } from './support/browser-host.js';
import { callApi, importThroughApi, textFile } from './support/documents.js';
import { expect } from './support/fixtures.js';

export const ARTICLE_TITLE = 'Ceasefire Talks Stall as Shelling Resumes Near Saraqib';
export const CLAIM_QUOTE = 'fourteen fighters were killed near Saraqib on Tuesday';

const ARTICLE = `${ARTICLE_TITLE}

The Syrian Observatory for Human Rights said ${CLAIM_QUOTE}, citing sources on the ground.

Fars News Agency reported, citing Arab sources, that the talks in Astana would resume next week. A spokesman for the regional council told AFP that “no agreement is possible while the shelling goes on.”

Residents said the market had been closed for three days.
`;

export interface SeededClaim {
  documentId: string;
  claimId: string;
}

/** Imports the article and makes a claim of the Observatory's casualty figure. */
export async function seedDocumentWithClaim(page: Page, host: BrowserHost): Promise<SeededClaim> {
  const documentId = await importThroughApi(page, host, textFile('saraqib-ceasefire.txt', ARTICLE));
  const detail = await callApi<DocumentDetail>(page, host, 'documents.get', { id: documentId });
  const start = detail.text.indexOf(CLAIM_QUOTE);
  if (start < 0) throw new Error(`The stored text lost the quote: ${detail.text}`);
  const claim = await callApi<Claim>(page, host, 'claims.create', {
    documentId,
    start,
    end: start + CLAIM_QUOTE.length,
    claimant: 'Syrian Observatory for Human Rights',
  });
  return { documentId, claimId: claim.id };
}

export function exportDialog(page: Page) {
  return page.getByRole('dialog', { name: 'Export' });
}

/** Opens the article in the reader and the export dialog from the title bar. */
export async function openExportForArticle(page: Page, claims = 1) {
  await page
    .getByRole('navigation', { name: 'Library' })
    .getByRole('listbox', { name: 'Documents' })
    .getByRole('option', { name: new RegExp(ARTICLE_TITLE) })
    .click();
  await expect(page.getByRole('main', { name: 'Reader' }).getByRole('heading', { name: ARTICLE_TITLE, exact: true })).toBeVisible();
  await page.getByRole('banner').getByRole('button', { name: 'Export…' }).click();
  const dialog = exportDialog(page);
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('radio', { name: /This document/ })).toBeChecked();
  await expect(dialog.getByRole('radio', { name: /This document/ })).toHaveAccessibleDescription(
    `${ARTICLE_TITLE} · ${claims} ${claims === 1 ? 'claim' : 'claims'}`,
  );
  return dialog;
}

/** Clicks the button that downloads, and answers the downloaded file's name and bytes. */
export async function downloadFrom(page: Page, click: () => Promise<void>): Promise<{ download: Download; bytes: Buffer }> {
  const downloading = page.waitForEvent('download');
  await click();
  const download = await downloading;
  const path = await download.path();
  return { download, bytes: fs.readFileSync(path) };
}

export const SECOND_QUOTE = 'the talks in Astana would resume next week';
/** The workbench's "False" verdict: the seeded scale has the same IDs in every workbench. */
export const FALSE_RATING = '0c6f3a9e-2d4b-5e8a-9b1c-3f7d2e6a0b06';

export interface PublishingDesk extends SeededClaim {
  /** The Observatory's figure, reviewed to Done with a verdict and a rationale. */
  done: Claim;
  /** The Fars report, still unreviewed. */
  open: Claim;
}

/** The article with two claims: one whose review is Done and one nobody has looked at yet. */
export async function seedPublishingDesk(page: Page, host: BrowserHost, statement = ''): Promise<PublishingDesk> {
  const seeded = await seedDocumentWithClaim(page, host);
  const detail = await callApi<DocumentDetail>(page, host, 'documents.get', { id: seeded.documentId });
  const start = detail.text.indexOf(SECOND_QUOTE);
  const open = await callApi<Claim>(page, host, 'claims.create', {
    documentId: seeded.documentId,
    start,
    end: start + SECOND_QUOTE.length,
    claimant: 'Fars News Agency',
  });
  const id = seeded.claimId;
  if (statement) await callApi(page, host, 'claims.update', { id, patch: { statement } });
  await callApi(page, host, 'claims.setRationale', { id, rationaleJson: null, rationaleText: 'Hospital records list six dead.' });
  await callApi(page, host, 'claims.setVerdict', { id, ratingId: FALSE_RATING });
  for (const status of ['in_progress', 'in_review', 'done']) await callApi(page, host, 'claims.setStatus', { id, status });
  const done = await callApi<Claim>(page, host, 'claims.get', { id });
  return { ...seeded, done, open };
}
