// Shared steps for the claims tests: a short article full of attribution phrases, importing it
// through the API, and selecting words in the reader the way a drag would.
import type { Page } from '@playwright/test';

import type { Claim, ImportOutcome } from '../../core/domain.js';
import type { BrowserHost } from './support/browser-host.js';
import { callApi, openDocument, reader } from './support/documents.js';
import { expect, openShell } from './support/fixtures.js';

export const ARTICLE_TITLE = 'Militants Refuse to Withdraw From Idlib Buffer Zone';

export const ARTICLE = `${ARTICLE_TITLE}

Alwaght- Turkish-backed militants in Syria refused to withdraw from a demilitarized zone in Idlib, according to local sources.

The National Liberation Front told Agence France-Presse late Sunday that it had raised objections to the deal after meeting with Turkish officials.

"We will not hand over our heavy weapons," NLF spokesman Naji Mustafa told AFP.

The Syrian army said, citing military sources, that reinforcements had been sent to the northern countryside. Reuters reported that the deadline passed without incident.

Analysts expect the agreement to hold for at least another month.
`;

export async function importArticle(page: Page, host: BrowserHost, text = ARTICLE): Promise<string> {
  const outcome = await callApi<ImportOutcome>(page, host, 'documents.importText', { text, title: ARTICLE_TITLE });
  if (outcome.status !== 'imported') throw new Error(`The article was not imported: ${JSON.stringify(outcome)}`);
  return outcome.document.id;
}

/** Opens the shell with the article imported and open in the reader; returns the document ID. */
export async function openArticle(page: Page, host: BrowserHost): Promise<string> {
  const id = await importArticle(page, host);
  await openShell(page, host);
  await openDocument(page, ARTICLE_TITLE);
  return id;
}

export function documentText(page: Page) {
  return reader(page).getByRole('article', { name: 'Document text' });
}

export function inspector(page: Page) {
  return page.getByRole('complementary', { name: 'Inspector' });
}

/** The reader's marks that hold (part of) a claim over these words. */
export function marksWith(page: Page, words: string) {
  return documentText(page).locator('mark').filter({ hasText: words });
}

/**
 * Selects the nth occurrence of some words in the reader, as a drag would: the words may run
 * across several text nodes (marks split them), but not across paragraphs.
 */
export async function selectInReader(page: Page, words: string, occurrence = 0): Promise<void> {
  // The reader re-renders when its document changes (a re-import, an edit elsewhere): wait for the words.
  await expect(documentText(page)).toContainText(words);
  await page.evaluate(
    ({ words, occurrence }) => {
      const article = document.querySelector('[aria-label="Document text"]');
      if (!article) throw new Error('The reader is not open');
      for (const paragraph of article.querySelectorAll('p')) {
        const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
        const nodes: { node: Text; start: number }[] = [];
        let joined = '';
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          nodes.push({ node: node as Text, start: joined.length });
          joined += (node as Text).data;
        }
        let at = -1;
        for (let seen = 0; ; seen++) {
          at = joined.indexOf(words, at + 1);
          if (at === -1 || seen === occurrence) break;
        }
        if (at === -1) {
          occurrence -= joined.split(words).length - 1;
          continue;
        }
        const locate = (offset: number, preferEnd: boolean) => {
          const found = nodes.findLast((entry) => (preferEnd ? entry.start < offset : entry.start <= offset))!;
          return { node: found.node, offset: offset - found.start };
        };
        const from = locate(at, false);
        const to = locate(at + words.length, true);
        const range = document.createRange();
        range.setStart(from.node, from.offset);
        range.setEnd(to.node, to.offset);
        const selection = window.getSelection()!;
        selection.removeAllRanges();
        selection.addRange(range);
        return;
      }
      throw new Error(`"${words}" is not in the reader`);
    },
    { words, occurrence },
  );
}

export async function claimsOf(page: Page, host: BrowserHost, documentId: string): Promise<Claim[]> {
  return callApi<Claim[]>(page, host, 'claims.list', { documentId });
}

/** The claim open in the inspector shows these words as its quote. */
export async function expectInspecting(page: Page, quote: string): Promise<void> {
  await expect(inspector(page).getByRole('region', { name: 'Claim' }).getByLabel('Quote')).toHaveText(quote);
}
