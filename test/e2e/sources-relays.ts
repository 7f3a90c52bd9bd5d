// One TASS statement passed on by three outlets, set up through the API the page talks to:
// Sputnik first, SouthFront two days later (and again a week on, with another TASS report), and a
// harbour newsletter the registry does not know, which only calls it a claim. The three copies of
// the statement are linked as appearances of one another, so the earliest is its first appearance.
import type { Page } from '@playwright/test';

import type { Claim, CueStance, ImportOutcome } from '../../core/domain.js';
import type { BrowserHost } from './support/browser-host.js';
import { callApi } from './support/documents.js';

export const TASS_ID = '5b0f2a0e-7d1c-5a4e-9f0b-0a7e1c3d2b01';

export const STATEMENT = 'the grain terminal at Ust-Luga had been closed after a fire in the conveyor gallery';
export const LATER_STATEMENT = 'the terminal at Ust-Luga had resumed loading on two berths';

export const RELAY_ARTICLES = {
  sputnik: {
    title: 'Fire Shuts Ust-Luga Grain Terminal',
    outlet: 'Sputnik',
    publishedAt: '2024-04-02',
    text: `Fire Shuts Ust-Luga Grain Terminal\n\nAccording to TASS, ${STATEMENT}.\n\nPort officials gave no estimate for the repairs.`,
  },
  southfront: {
    title: 'Baltic Port Loses Its Grain Terminal',
    outlet: 'SouthFront',
    publishedAt: '2024-04-04',
    text: `Baltic Port Loses Its Grain Terminal\n\nTASS reported that ${STATEMENT}.\n\nShipping lines are rerouting to Vysotsk.`,
  },
  ledger: {
    title: 'Terminal Fire: What We Know',
    outlet: 'Harbour Ledger',
    publishedAt: '2024-04-05',
    text: `Terminal Fire: What We Know\n\nTASS claimed that ${STATEMENT}, though no photographs have appeared.\n\nWe have asked the port for comment.`,
  },
  southfrontLater: {
    title: 'Ust-Luga Back in Business',
    outlet: 'SouthFront',
    publishedAt: '2024-04-11',
    text: `Ust-Luga Back in Business\n\nTASS reported that ${LATER_STATEMENT}.\n\nA third berth is expected to reopen next month.`,
  },
} as const;

export type RelayArticle = keyof typeof RELAY_ARTICLES;

export interface RelayNewsroom {
  documents: Record<RelayArticle, string>;
  claims: Record<RelayArticle, Claim>;
}

function spanIn(text: string, words: string): { start: number; end: number } {
  const start = text.indexOf(words);
  if (start < 0) throw new Error(`"${words}" is not in the text`);
  return { start, end: start + words.length };
}

const STANCES: Record<RelayArticle, CueStance> = {
  sputnik: 'neutral',
  southfront: 'neutral',
  ledger: 'distancing',
  southfrontLater: 'neutral',
};

export async function setUpRelays(page: Page, host: BrowserHost): Promise<RelayNewsroom> {
  const documents = {} as Record<RelayArticle, string>;
  const claims = {} as Record<RelayArticle, Claim>;
  for (const key of Object.keys(RELAY_ARTICLES) as RelayArticle[]) {
    const article = RELAY_ARTICLES[key];
    const outcome = await callApi<ImportOutcome>(page, host, 'documents.importText', { text: article.text, title: article.title });
    if (outcome.status !== 'imported') throw new Error(`${article.title} was not imported: ${JSON.stringify(outcome)}`);
    documents[key] = outcome.document.id;
    await callApi(page, host, 'documents.update', {
      id: documents[key],
      patch: { outlet: article.outlet, publishedAt: article.publishedAt },
    });
    const words = key === 'southfrontLater' ? LATER_STATEMENT : STATEMENT;
    claims[key] = await callApi<Claim>(page, host, 'claims.create', {
      documentId: documents[key],
      ...spanIn(article.text, words),
      hops: [{ sourceId: TASS_ID, kind: key === 'sputnik' ? 'citing' : 'paraphrase', stance: STANCES[key] }],
    });
  }
  // The later copies are the same statement as Sputnik's.
  for (const key of ['southfront', 'ledger'] as const) {
    await callApi(page, host, 'claims.linkAppearance', {
      id: claims[key].id,
      documentId: documents.sputnik,
      ...spanIn(RELAY_ARTICLES.sputnik.text, STATEMENT),
    });
  }
  return { documents, claims };
}
