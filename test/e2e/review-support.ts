// Shared set-up for the review specs: two articles imported through the API, three claims on the
// first, and the reviewer's name, so the history says who did what.
import type { Page } from '@playwright/test';

import type { RatingInUse } from '../../core/api/ratings.js';
import type { Claim } from '../../core/domain.js';
import type { BrowserHost } from './support/browser-host.js';
import { callApi, importThroughApi, textFile } from './support/documents.js';
import { expect } from './support/fixtures.js';

export const ARTICLE_TITLE = 'Harbour Authority Disputes Ferry Closure Figures';
export const OTHER_TITLE = 'Port Statistics Office Publishes Quarterly Traffic Report';
export const REVIEWER = 'Dana Okafor';

export const CLAIM_QUOTES = [
  'Ferry traffic fell by 40 percent in March',
  'three of the five northern terminals have closed',
  'the repairs will be finished before the summer season',
] as const;

const ARTICLE = `${ARTICLE_TITLE}

SOUTH HARBOUR (Coastal Ledger) — The harbour authority said on Tuesday that ${CLAIM_QUOTES[0]}, according to Reuters.

Union officials told AFP that ${CLAIM_QUOTES[1]}, a figure the authority disputes.

A ministry spokesperson said ${CLAIM_QUOTES[2]}, citing unnamed engineers.
`;

export const OTHER_PASSAGE = 'passenger numbers in March were 12 percent lower than a year earlier';

const OTHER = `${OTHER_TITLE}

The port statistics office reported that ${OTHER_PASSAGE}, well short of the decline reported elsewhere.

All five northern terminals handled scheduled sailings throughout the quarter.
`;

export interface ReviewSetup {
  documentId: string;
  otherDocumentId: string;
  claims: Claim[];
  ratings: RatingInUse[];
}

export async function setUpReview(page: Page, host: BrowserHost): Promise<ReviewSetup> {
  await callApi(page, host, 'settings.update', { reviewerName: REVIEWER });
  const documentId = await importThroughApi(page, host, textFile('ferry-closures.txt', ARTICLE));
  const otherDocumentId = await importThroughApi(page, host, textFile('port-statistics.txt', OTHER));
  const detail = await callApi<{ text: string }>(page, host, 'documents.get', { id: documentId });
  const sources = await callApi<{ id: string; name: string }[]>(page, host, 'sources.list', {});
  const sourceId = (name: string) => sources.find((source) => source.name === name)?.id;
  // Each claim is attributed the way its sentence says: to Reuters, to AFP, and to unnamed engineers.
  const chains = [
    [{ sourceId: sourceId('Reuters'), kind: 'quote' }],
    [{ sourceId: sourceId('AFP'), kind: 'quote' }],
    [{ newSource: { name: 'unnamed engineers', kind: 'unnamed' }, kind: 'citing' }],
  ];
  const claims: Claim[] = [];
  for (const [index, quote] of CLAIM_QUOTES.entries()) {
    const start = detail.text.indexOf(quote);
    if (start < 0) throw new Error(`"${quote}" is not in the imported text`);
    const hops = chains[index]!.every((hop) => !('sourceId' in hop) || hop.sourceId) ? chains[index] : [];
    claims.push(await callApi<Claim>(page, host, 'claims.create', { documentId, start, end: start + quote.length, hops }));
  }
  const ratings = await callApi<RatingInUse[]>(page, host, 'ratings.list', {});
  return { documentId, otherDocumentId, claims, ratings: ratings.filter((rating) => !rating.archived) };
}

export async function openReview(page: Page) {
  await page.getByRole('banner').getByRole('button', { name: 'Review' }).click();
  const review = page.getByRole('main', { name: 'Review' });
  await expect(review).toBeVisible();
  return review;
}

export function queueList(page: Page) {
  return page.getByRole('listbox', { name: 'Claims to review' });
}

export function verification(page: Page) {
  return page.getByRole('region', { name: 'Verification' });
}
