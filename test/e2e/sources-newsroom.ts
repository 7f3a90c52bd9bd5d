// A small newsroom for the source tests, set up through the API the page itself talks to: two
// articles, claims with attribution chains (Fars citing "Arab sources", AFP quoting an NLF
// spokesman, Fars on its own, and one nobody is named for).
import type { Page } from '@playwright/test';

import type { Claim, ImportOutcome, Source } from '../../core/domain.js';
import type { BrowserHost } from './support/browser-host.js';
import { callApi, library } from './support/documents.js';

export const FARS_ID = '5b0f2a0e-7d1c-5a4e-9f0b-0a7e1c3d2b03';
export const AFP_ID = '5b0f2a0e-7d1c-5a4e-9f0b-0a7e1c3d2b04';

export const GAZETTE_TEXT = [
  'Convoy Struck Near Border Crossing, Agencies Say',
  '',
  'Fars News Agency said, citing Arab sources, that a convoy was struck near the Al-Qaim crossing overnight.',
  '',
  'The agency reported that the convoy carried fuel and medical supplies for the eastern districts.',
  '',
  'Residents described hearing several explosions before dawn, and local officials gave no figures.',
].join('\n');

export const COURIER_TEXT = [
  'Brigade Pulls Back From Hill Positions',
  '',
  'AFP quoted NLF spokesman Naji Mustafa as saying the brigade had withdrawn from the hill positions.',
  '',
  'Fars reported that forty fighters were killed in the clashes that followed.',
  '',
  'Naji Mustafa told reporters the withdrawal was a tactical decision and not a retreat.',
].join('\n');

export const QUOTES = {
  convoy: 'a convoy was struck near the Al-Qaim crossing overnight',
  supplies: 'the convoy carried fuel and medical supplies for the eastern districts',
  withdrawn: 'the brigade had withdrawn from the hill positions',
  killed: 'forty fighters were killed in the clashes that followed',
  explosions: 'several explosions before dawn',
  tactical: 'the withdrawal was a tactical decision and not a retreat',
} as const;

export interface Newsroom {
  gazetteId: string;
  courierId: string;
  claims: Record<'convoy' | 'supplies' | 'withdrawn' | 'killed' | 'explosions', Claim>;
}

type HopInput = { sourceId?: string; newSource?: { name: string; kind: Source['kind'] }; kind: string };

async function importText(page: Page, host: BrowserHost, title: string, text: string): Promise<string> {
  const outcome = await callApi<ImportOutcome>(page, host, 'documents.importText', { text, title });
  if (outcome.status !== 'imported') throw new Error(`${title} was not imported: ${JSON.stringify(outcome)}`);
  return outcome.document.id;
}

export async function claimOf(
  page: Page,
  host: BrowserHost,
  documentId: string,
  text: string,
  quote: string,
  hops: HopInput[],
): Promise<Claim> {
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(`"${quote}" is not in the text`);
  return callApi<Claim>(page, host, 'claims.create', { documentId, start, end: start + quote.length, hops });
}

export async function setUpNewsroom(page: Page, host: BrowserHost): Promise<Newsroom> {
  const gazetteId = await importText(page, host, 'Convoy Struck Near Border Crossing', GAZETTE_TEXT);
  await callApi(page, host, 'documents.update', { id: gazetteId, patch: { outlet: 'Gulf Gazette', publishedAt: '2018-03-02' } });
  const courierId = await importText(page, host, 'Brigade Pulls Back From Hill Positions', COURIER_TEXT);
  await callApi(page, host, 'documents.update', { id: courierId, patch: { outlet: 'Harbour Courier', publishedAt: '2018-03-04' } });

  const convoy = await claimOf(page, host, gazetteId, GAZETTE_TEXT, QUOTES.convoy, [
    { sourceId: FARS_ID, kind: 'citing' },
    { newSource: { name: 'Arab sources', kind: 'unnamed' }, kind: 'citing' },
  ]);
  const supplies = await claimOf(page, host, gazetteId, GAZETTE_TEXT, QUOTES.supplies, [{ sourceId: FARS_ID, kind: 'paraphrase' }]);
  const explosions = await claimOf(page, host, gazetteId, GAZETTE_TEXT, QUOTES.explosions, []);
  const withdrawn = await claimOf(page, host, courierId, COURIER_TEXT, QUOTES.withdrawn, [
    { sourceId: AFP_ID, kind: 'quote' },
    { newSource: { name: 'NLF spokesman', kind: 'person' }, kind: 'quote' },
  ]);
  const killed = await claimOf(page, host, courierId, COURIER_TEXT, QUOTES.killed, [{ sourceId: FARS_ID, kind: 'paraphrase' }]);
  return { gazetteId, courierId, claims: { convoy, supplies, withdrawn, killed, explosions } };
}

export function sourceList(page: Page) {
  return library(page).getByRole('listbox', { name: 'Sources' });
}

export function sourcePane(page: Page) {
  return page.getByRole('main', { name: 'Source' });
}

/** Opens the Sources tab and a source in it, as a reviewer does. */
export async function openSourceFromList(page: Page, name: string) {
  await library(page)
    .getByRole('tab', { name: /Sources/ })
    .click();
  await library(page).getByRole('searchbox', { name: 'Filter sources' }).fill(name);
  await sourceList(page)
    .getByRole('option')
    .filter({ has: page.getByText(name, { exact: true }) })
    .click();
  await sourcePane(page).getByRole('heading', { name, level: 1 }).waitFor();
  return sourcePane(page);
}
