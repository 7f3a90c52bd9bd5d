import { type BoundFunctions, type queries, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import type { Claim } from '../../../../core/domain.js';
import { ChainEditor } from '../../../../renderer/claims/ChainEditor.js';
import { useClaims } from '../../../../renderer/claims/claims-context.js';
import { ClaimsProvider } from '../../../../renderer/claims/ClaimsProvider.js';
import { NotificationProvider } from '../../../../renderer/components/Notifications.js';
import { type FakeHost, installFakeBridge } from '../support/fake-bridge.js';

const ARTICLE = `Israeli strikes hit Syria's Idlib

Alwaght, 12 March 2019

Israeli jets struck positions near Idlib overnight, AFP quoted NLF spokesman Naji Mustafa as saying, citing Arab sources.`;

const QUOTE = 'Israeli jets struck positions near Idlib overnight';

/** The inspector's part: the claim as the provider holds it, so each save shows as it does in the app. */
function OpenChain({ claimId }: { claimId: string }) {
  const { claims } = useClaims();
  const claim = claims.find((candidate) => candidate.id === claimId);
  return claim ? <ChainEditor claim={claim} /> : <p>Loading claim…</p>;
}

type Scope = BoundFunctions<typeof queries>;

let host: FakeHost;
let documentId: string;
let claimId: string;

beforeEach(async () => {
  host = installFakeBridge();
  documentId = await host.importText(ARTICLE);
  claimId = (await host.call('claims.create', { documentId, ...(await host.spanOf(documentId, QUOTE)) })).id;
});

afterEach(() => host.close());

async function renderChain() {
  render(
    <NotificationProvider>
      <ClaimsProvider documentId={documentId}>
        <OpenChain claimId={claimId} />
      </ClaimsProvider>
    </NotificationProvider>,
  );
  const chain = await screen.findByRole('region', { name: 'Attribution chain' });
  return within(chain);
}

const storedClaim = async (): Promise<Claim> => host.call('claims.get', { id: claimId });
const storedChain = async () => (await storedClaim()).hops.map((hop) => [hop.ordinal, hop.sourceName, hop.sourceKind, hop.kind]);
const hopLabels = (chain: Scope) => chain.queryAllByRole('listitem', { name: /^Hop / }).map((hop) => hop.getAttribute('aria-label'));

/** Opens a new hop and picks an option from its source combobox, as a reviewer does. */
async function addHop(chain: Scope, user: ReturnType<typeof userEvent.setup>, typed: string, option: string | RegExp) {
  await user.click(chain.getByRole('button', { name: 'Add hop' }));
  const combobox = chain.getByRole('combobox', { name: /^Source for hop \d+$/ });
  expect(document.activeElement).toBe(combobox);
  await user.type(combobox, typed);
  await user.click(await chain.findByRole('option', { name: option }));
}

describe('ChainEditor', () => {
  it('saves each hop chosen from the registry or created, and each hop removed', async () => {
    const user = userEvent.setup();
    const chain = await renderChain();
    expect(chain.getByText('Origin unknown')).toBeTruthy();
    expect(hopLabels(chain)).toEqual([]);

    await addHop(chain, user, 'AFP', /^AFP/);
    await waitFor(async () => expect(await storedChain()).toEqual([[0, 'AFP', 'wire_agency', 'quote']]));
    await waitFor(() => expect(hopLabels(chain)).toEqual(['Hop 1: AFP']));
    expect(chain.queryByText('Origin unknown')).toBeNull();

    // Not in the registry: created as the kind chosen, at the end of the chain.
    await addHop(chain, user, 'Arab sources', /^Create “Arab sources” as unnamed source/);
    await waitFor(async () =>
      expect(await storedChain()).toEqual([
        [0, 'AFP', 'wire_agency', 'quote'],
        [1, 'Arab sources', 'unnamed', 'citing'],
      ]),
    );
    await waitFor(() => expect(hopLabels(chain)).toEqual(['Hop 1: AFP', 'Hop 2: Arab sources']));
    expect(chain.getByText('Origin unnamed')).toBeTruthy();
    const created = (await host.call('sources.list', { query: 'Arab sources' })).filter((source) => source.name === 'Arab sources');
    expect(created).toEqual([expect.objectContaining({ kind: 'unnamed' })]);

    await user.click(chain.getByRole('button', { name: 'Remove hop 1' }));
    await waitFor(async () => expect(await storedChain()).toEqual([[0, 'Arab sources', 'unnamed', 'citing']]));
    await waitFor(() => expect(hopLabels(chain)).toEqual(['Hop 1: Arab sources']));

    expect(host.argsOf('claims.setChain')).toHaveLength(3);
  });

  it('picks a source with the keyboard and saves a changed hop kind', async () => {
    const user = userEvent.setup();
    const chain = await renderChain();

    await user.click(chain.getByRole('button', { name: 'Add hop' }));
    await user.type(chain.getByRole('combobox', { name: 'Source for hop 1' }), 'Reuters');
    await chain.findByRole('option', { name: /^Reuters/ });
    await waitFor(() => expect(chain.getAllByRole('option')[0]!.getAttribute('aria-selected')).toBe('true'));
    expect(chain.getAllByRole('option')[0]!.textContent).toMatch(/^Reuters/);
    await user.keyboard('{Enter}');
    await waitFor(async () => expect(await storedChain()).toEqual([[0, 'Reuters', 'wire_agency', 'quote']]));

    await user.selectOptions(await chain.findByRole('combobox', { name: 'How hop 1 attributes' }), 'Paraphrase');
    await waitFor(async () => expect(await storedChain()).toEqual([[0, 'Reuters', 'wire_agency', 'paraphrase']]));
  });

  it('drops a hop abandoned before it had a source, saving nothing', async () => {
    const user = userEvent.setup();
    const chain = await renderChain();

    await user.click(chain.getByRole('button', { name: 'Add hop' }));
    expect(hopLabels(chain)).toEqual(['Hop 1: source not chosen']);
    expect(chain.getByRole('button', { name: 'Add hop' }).hasAttribute('disabled')).toBe(true);
    await user.type(chain.getByRole('combobox', { name: 'Source for hop 1' }), 'TASS{Escape}');

    expect(hopLabels(chain)).toEqual([]);
    expect(host.argsOf('claims.setChain')).toEqual([]);
    expect((await storedClaim()).hops).toEqual([]);
    // The keyboard goes back to where the hop was asked for, not to the page.
    expect(document.activeElement).toBe(chain.getByRole('button', { name: 'Add hop' }));
  });

  it('keeps the focus in the chain after a source is picked with Enter, through the save and the reload', async () => {
    const user = userEvent.setup();
    const chain = await renderChain();
    const focusTrail: string[] = [];
    const onFocusIn = () => focusTrail.push(document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.tagName ?? '');
    const onFocusOut = (event: FocusEvent) => {
      // Focus that leaves for nowhere (relatedTarget null) and is not given back lands on <body>.
      if (event.relatedTarget === null) queueMicrotask(() => focusTrail.push(document.activeElement === document.body ? 'BODY' : 'kept'));
    };
    document.addEventListener('focusin', onFocusIn);
    document.addEventListener('focusout', onFocusOut);
    try {
      for (const [typed, name] of [
        ['AFP', 'AFP'],
        ['Arab sources', 'Arab sources'],
      ] as const) {
        const add = chain.getByRole('button', { name: 'Add hop' });
        add.focus();
        await user.keyboard('{Enter}');
        await user.keyboard(typed);
        const combobox = chain.getByRole('combobox', { name: /^Source for hop \d+$/ });
        // Not in the registry, "Arab sources" is created as an unnamed source: the arrows reach that offer.
        const wanted = name === 'AFP' ? /^AFP/ : /^Create “Arab sources” as unnamed source/;
        await chain.findByRole('option', { name: wanted });
        const active = () => document.getElementById(combobox.getAttribute('aria-activedescendant') ?? '')?.textContent ?? '';
        for (let presses = 0; !wanted.test(active()) && presses < 12; presses++) await user.keyboard('{ArrowDown}');
        expect(active()).toMatch(wanted);
        await user.keyboard('{Enter}');
        const index = name === 'AFP' ? 1 : 2;
        // The hop's kind is the next thing to set: the focus is there, and stays there once saved.
        const kind = chain.getByRole('combobox', { name: `How hop ${index} attributes` });
        expect(document.activeElement).toBe(kind);
        await waitFor(() => expect(hopLabels(chain).at(-1)).toBe(`Hop ${index}: ${name}`));
        await waitFor(async () => expect((await storedClaim()).hops).toHaveLength(index));
        await waitFor(() => expect(chain.getByRole('button', { name: 'Add hop' }).hasAttribute('disabled')).toBe(false));
        expect(document.activeElement).toBe(chain.getByRole('combobox', { name: `How hop ${index} attributes` }));
      }
    } finally {
      document.removeEventListener('focusin', onFocusIn);
      document.removeEventListener('focusout', onFocusOut);
    }
    await waitFor(async () =>
      expect(await storedChain()).toEqual([
        [0, 'AFP', 'wire_agency', 'quote'],
        [1, 'Arab sources', 'unnamed', 'citing'],
      ]),
    );
    expect(focusTrail).not.toContain('BODY');
  });
});
