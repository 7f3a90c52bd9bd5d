// The reader is a read-only Lexical editor; this checks that it runs in the DOM the component tests
// use (jsdom): the text is laid out, claims are marks, a mark opens its claim, and a selection
// becomes a claim with C, as the reviewer does it.
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import type { DocumentDetail } from '../../../../core/domain.js';
import { useClaims } from '../../../../renderer/claims/claims-context.js';
import { ClaimsProvider } from '../../../../renderer/claims/ClaimsProvider.js';
import { NotificationProvider } from '../../../../renderer/components/Notifications.js';
import { DocumentReader } from '../../../../renderer/reader/DocumentReader.js';
import { type FakeHost, installFakeBridge } from '../support/fake-bridge.js';

const ARTICLE = `Erdoğan and Putin agree on Idlib zone

Monday 17 September 2018

Turkish President Recep Tayyip Erdoğan reached an accord with his Russian counterpart Vladimir Putin in Sochi, TASS reported.

The buffer zone will be 15-20 km deep, according to the Russian Defence Ministry.`;

const CLAIMED = 'The buffer zone will be 15-20 km deep';
const TO_SELECT = 'reached an accord with his Russian counterpart';

function OpenClaim() {
  const { activeClaim } = useClaims();
  return <p>Open claim: {activeClaim ? activeClaim.quote : 'none'}</p>;
}

let host: FakeHost;
let detail: DocumentDetail;

beforeEach(async () => {
  host = installFakeBridge();
  const documentId = await host.importText(ARTICLE);
  detail = await host.call('documents.get', { id: documentId });
  const start = detail.text.indexOf(CLAIMED);
  await host.call('claims.create', { documentId, start, end: start + CLAIMED.length });
});

afterEach(() => host.close());

async function renderReader() {
  render(
    <NotificationProvider>
      <ClaimsProvider documentId={detail.id}>
        <DocumentReader document={detail} reveal={null} scroller={null} onSetArticleStart={vi.fn()} onSetCommentsStart={vi.fn()} />
        <OpenClaim />
      </ClaimsProvider>
    </NotificationProvider>,
  );
  const article = screen.getByRole('article', { name: 'Document text' });
  await waitFor(() => expect(article.closest('[data-ready]')?.getAttribute('data-ready')).toBe('true'));
  return article;
}

/** The text of each claim mark, in reading order. */
const markedText = (article: Element) => [...article.querySelectorAll('mark[data-claim-ids]')].map((mark) => mark.textContent);

/** The text node holding `phrase`, and where the phrase starts in it. */
function textPosition(root: Element, phrase: string): { node: Text; offset: number } {
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const offset = node.textContent!.indexOf(phrase);
    if (offset >= 0) return { node: node as Text, offset };
  }
  throw new Error(`"${phrase}" is not in one text node of the reader`);
}

describe('DocumentReader in jsdom', () => {
  it('shows the text with the document’s claims as marks, and a click on a mark opens the claim', async () => {
    const user = userEvent.setup();
    const article = await renderReader();
    expect(article.textContent).toContain('TASS reported.');

    await waitFor(() => expect(markedText(article)).toEqual([CLAIMED]));
    expect(screen.getByText('Open claim: none')).toBeTruthy();

    await user.click(article.querySelector('mark[data-claim-ids]')!);
    expect(await screen.findByText(`Open claim: ${CLAIMED}`)).toBeTruthy();
  });

  it('makes a claim of the selected words when C is pressed', async () => {
    const user = userEvent.setup();
    const article = await renderReader();
    const { node, offset } = textPosition(article, TO_SELECT);

    // jsdom lays nothing out, so the selection is made as a drag would leave it.
    const range = document.createRange();
    range.setStart(node, offset);
    range.setEnd(node, offset + TO_SELECT.length);
    const selection = window.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
    document.dispatchEvent(new Event('selectionchange'));
    expect(await within(document.body).findByRole('toolbar', { name: 'Selection' })).toBeTruthy();

    await user.keyboard('c');

    await waitFor(async () =>
      expect((await host.call('claims.list', { documentId: detail.id })).map((claim) => claim.quote).sort()).toEqual(
        [TO_SELECT, CLAIMED].sort(),
      ),
    );
    expect(await screen.findByText(`Open claim: ${TO_SELECT}`)).toBeTruthy();
    await waitFor(() => expect(markedText(article)).toEqual([TO_SELECT, CLAIMED]));
  });

  it('moves a sentence cursor with the arrow keys, says where it is, and makes a claim of it with C', async () => {
    const user = userEvent.setup();
    const article = await renderReader();
    const spoken = () => document.querySelector('[aria-live="polite"]')?.textContent ?? '';
    article.focus();
    expect(article.getAttribute('aria-describedby')).toBeTruthy();
    expect(document.getElementById(article.getAttribute('aria-describedby')!)?.textContent).toMatch(/Arrow keys move a sentence cursor/);

    // The first key shows the cursor where the reader is (the top), the next ones move it.
    await user.keyboard('{ArrowDown}');
    expect(spoken()).toBe('Sentence 1 of 4: Erdoğan and Putin agree on Idlib zone');
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(spoken()).toBe(
      'Sentence 3 of 4: Turkish President Recep Tayyip Erdoğan reached an accord with his Russian counterpart Vladimir Putin in Sochi, TASS reported.',
    );
    await user.keyboard('{End}');
    expect(spoken()).toMatch(/^Sentence 4 of 4: The buffer zone/);
    await user.keyboard('{ArrowUp}{ArrowUp}{ArrowRight}');
    expect(spoken()).toMatch(/^Sentence 3 of 4: Turkish President/);

    await user.keyboard('c');
    const sentence =
      'Turkish President Recep Tayyip Erdoğan reached an accord with his Russian counterpart Vladimir Putin in Sochi, TASS reported.';
    await waitFor(async () =>
      expect((await host.call('claims.list', { documentId: detail.id })).map((claim) => claim.quote).sort()).toEqual(
        [sentence, CLAIMED].sort(),
      ),
    );
    expect(await screen.findByText(`Open claim: ${sentence}`)).toBeTruthy();
    await waitFor(() => expect(spoken()).toBe('Claim made from the sentence.'));
    expect(document.activeElement).toBe(article);
  });

  it('extends the cursor over several sentences with Shift and makes one claim of them', async () => {
    const user = userEvent.setup();
    const article = await renderReader();
    article.focus();
    await user.keyboard('{ArrowDown}{ArrowDown}{Shift>}{ArrowDown}{ArrowDown}{/Shift}');
    expect(document.querySelector('[aria-live="polite"]')?.textContent).toBe(
      'Sentences 2–4 of 4: The buffer zone will be 15-20 km deep, according to the Russian Defence Ministry.',
    );
    // Shift+↑ gives back the last sentence taken in.
    await user.keyboard('{Shift>}{ArrowUp}{/Shift}');
    await user.keyboard('{Control>}{Enter}{/Control}');
    await waitFor(async () =>
      expect((await host.call('claims.list', { documentId: detail.id })).map((claim) => claim.quote)).toContain(
        'Monday 17 September 2018\n\nTurkish President Recep Tayyip Erdoğan reached an accord with his Russian counterpart Vladimir Putin in Sochi, TASS reported.',
      ),
    );
  });

  it('steps over the folded page furniture, and into it once it is unfolded', async () => {
    const user = userEvent.setup();
    const saved = `Home | World | Sport\n\nSubscribe now.\n\n${ARTICLE}`;
    const documentId = await host.importText(saved);
    const articleStart = saved.indexOf('Erdoğan and Putin');
    detail = await host.call('documents.update', { id: documentId, patch: { articleStart } });
    const article = await renderReader();
    const spoken = () => document.querySelector('[aria-live="polite"]')?.textContent ?? '';
    article.focus();

    await user.keyboard('{Home}');
    expect(spoken()).toBe('Sentence 1 of 4: Erdoğan and Putin agree on Idlib zone');
    await user.keyboard('{ArrowUp}');
    expect(spoken()).toBe('Sentence 1 of 4: Erdoğan and Putin agree on Idlib zone');

    await user.click(screen.getByRole('button', { name: /^Page text before the article/ }));
    article.focus();
    // The click hid the cursor: the first key shows it where it was, the next moves it up into the page text.
    await user.keyboard('{ArrowUp}');
    expect(spoken()).toBe('Sentence 3 of 6: Erdoğan and Putin agree on Idlib zone');
    await user.keyboard('{ArrowUp}');
    expect(spoken()).toBe('Sentence 2 of 6: Subscribe now.');
    await user.keyboard('{Home}');
    expect(spoken()).toBe('Sentence 1 of 6: Home | World | Sport');
  });

  it('offers claims from the sentence and the paragraph at the cursor in the text’s menu (Shift+F10)', async () => {
    const user = userEvent.setup();
    const article = await renderReader();
    article.focus();
    await user.keyboard('{ArrowDown}{ArrowDown}{ArrowDown}{ArrowDown}');
    await user.keyboard('{Shift>}{F10}{/Shift}');
    const menu = await screen.findByRole('menu', { name: 'Paragraph' });
    const items = within(menu)
      .getAllByRole('menuitem')
      .map((item) => item.textContent);
    expect(items.slice(0, 2)).toEqual(['Make claim from this sentence', 'Make claim from this paragraph']);
    expect(items).toContain('Comments start here');
    expect(document.activeElement).toBe(within(menu).getAllByRole('menuitem')[0]);

    await user.keyboard('{ArrowDown}{Enter}');
    await waitFor(async () =>
      expect((await host.call('claims.list', { documentId: detail.id })).map((claim) => claim.quote)).toContain(
        'The buffer zone will be 15-20 km deep, according to the Russian Defence Ministry.',
      ),
    );
    expect(screen.queryByRole('menu')).toBeNull();
  });
});
