import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import type { Claim } from '../../../../core/domain.js';
import { type Span, useClaims } from '../../../../renderer/claims/claims-context.js';
import { ClaimsProvider } from '../../../../renderer/claims/ClaimsProvider.js';
import { NotificationProvider } from '../../../../renderer/components/Notifications.js';
import { type FakeHost, installFakeBridge } from '../support/fake-bridge.js';

const ARTICLE = `Erdoğan and Putin agree on Idlib zone

Monday 17 September 2018

Turkish President Recep Tayyip Erdoğan reached an accord with his Russian counterpart Vladimir Putin in Sochi, TASS reported.

The buffer zone will be 15-20 km deep, according to the Russian Defence Ministry.`;

const QUOTE = 'The buffer zone will be 15-20 km deep';
const CLAIM_CHANGES = ['claims.create', 'claims.update', 'claims.delete', 'claims.restore', 'claims.setChain', 'claims.reattach'];

/** Stands in for the reader, the claims bar and the inspector: what they read from the context and the buttons they press. */
function ClaimsProbe({ span }: { span: Span }) {
  const { claims, loaded, activeClaim, createClaim, updateClaim, undo, redo, undoLabel, redoLabel } = useClaims();
  const [statement, setStatement] = useState('');
  return (
    <main>
      <ul aria-label="Claims" aria-busy={!loaded}>
        {claims.map((claim) => (
          <li key={claim.id}>
            “{claim.quote}” — {claim.statement || 'no statement'}
          </li>
        ))}
      </ul>
      <p>Open claim: {activeClaim ? activeClaim.quote : 'none'}</p>
      <button type="button" onClick={() => void createClaim(span)}>
        Make claim
      </button>
      <label>
        Statement
        <input value={statement} onChange={(event) => setStatement(event.target.value)} />
      </label>
      <button
        type="button"
        disabled={!activeClaim}
        // The inspector saves a statement as it is typed; one merge key makes the whole edit one undo step.
        onClick={() => activeClaim && void updateClaim(activeClaim, { statement }, `statement:${activeClaim.id}`)}
      >
        Save statement
      </button>
      <button type="button" disabled={!undoLabel} onClick={() => void undo()}>
        {undoLabel ? `Undo ${undoLabel}` : 'Nothing to undo'}
      </button>
      <button type="button" disabled={!redoLabel} onClick={() => void redo()}>
        {redoLabel ? `Redo ${redoLabel}` : 'Nothing to redo'}
      </button>
    </main>
  );
}

let host: FakeHost;
let documentId: string;
let span: Span;

beforeEach(async () => {
  host = installFakeBridge();
  documentId = await host.importText(ARTICLE);
  span = await host.spanOf(documentId, QUOTE);
});

afterEach(() => host.close());

async function renderProvider() {
  render(
    <NotificationProvider>
      <ClaimsProvider documentId={documentId}>
        <ClaimsProbe span={span} />
      </ClaimsProvider>
    </NotificationProvider>,
  );
  const list = screen.getByRole('list', { name: 'Claims' });
  await waitFor(() => expect(list.getAttribute('aria-busy')).toBe('false'));
  return list;
}

const shownClaims = (list: HTMLElement) =>
  within(list)
    .queryAllByRole('listitem')
    .map((item) => item.textContent);
const storedClaims = (): Promise<Claim[]> => host.call('claims.list', { documentId });

describe('ClaimsProvider undo and redo', () => {
  it('takes back a new claim and brings it back with the same identity', async () => {
    const user = userEvent.setup();
    const list = await renderProvider();
    expect(shownClaims(list)).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'Make claim' }));
    await waitFor(() => expect(shownClaims(list)).toHaveLength(1));
    const [made] = await storedClaims();
    expect(made).toMatchObject({ quote: QUOTE, start: span.start, end: span.end });
    expect(screen.getByText(`Open claim: ${QUOTE}`)).toBeTruthy();

    // Ctrl+Z anywhere outside a text field, as in the app.
    await user.keyboard('{Control>}z{/Control}');
    await waitFor(() => expect(shownClaims(list)).toEqual([]));
    expect(await storedClaims()).toEqual([]);
    expect(screen.getByText('Open claim: none')).toBeTruthy();
    expect(await screen.findByText('Undone: make claim')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Redo make claim' })).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Redo make claim' }));
    await waitFor(() => expect(shownClaims(list)).toHaveLength(1));
    const [back] = await storedClaims();
    expect(back).toMatchObject({ id: made!.id, quote: QUOTE, start: span.start, end: span.end });
    expect(screen.getByText(`Open claim: ${QUOTE}`)).toBeTruthy();
    expect(await screen.findByText('Redone: make claim')).toBeTruthy();

    const changes = host.calls.filter((entry) => CLAIM_CHANGES.includes(entry.method));
    expect(changes.map((entry) => [entry.method, entry.result.ok])).toEqual([
      ['claims.create', true],
      ['claims.delete', true],
      ['claims.restore', true],
    ]);
  });

  it('takes back a whole statement edit in one step and makes it again', async () => {
    const user = userEvent.setup();
    const list = await renderProvider();
    await user.click(screen.getByRole('button', { name: 'Make claim' }));
    await waitFor(() => expect(shownClaims(list)).toHaveLength(1));
    const [made] = await storedClaims();
    const original = made!.statement;

    const field = screen.getByLabelText('Statement');
    await user.type(field, 'The buffer zone');
    await user.click(screen.getByRole('button', { name: 'Save statement' }));
    await user.type(field, ' is 15-20 km deep');
    await user.click(screen.getByRole('button', { name: 'Save statement' }));
    await waitFor(async () => expect((await storedClaims())[0]!.statement).toBe('The buffer zone is 15-20 km deep'));
    await waitFor(() => expect(shownClaims(list)).toEqual([`“${QUOTE}” — The buffer zone is 15-20 km deep`]));

    await user.click(screen.getByRole('button', { name: 'Undo edit statement' }));
    await waitFor(async () => expect((await storedClaims())[0]!.statement).toBe(original));
    await waitFor(() => expect(shownClaims(list)).toEqual([`“${QUOTE}” — ${original || 'no statement'}`]));
    // Both saves were one edit: the next undo takes back the claim itself.
    expect(screen.getByRole('button', { name: 'Undo make claim' })).toBeTruthy();

    await user.keyboard('{Control>}{Shift>}z{/Shift}{/Control}');
    await waitFor(async () => expect((await storedClaims())[0]!.statement).toBe('The buffer zone is 15-20 km deep'));
    await waitFor(() => expect(shownClaims(list)).toEqual([`“${QUOTE}” — The buffer zone is 15-20 km deep`]));
    expect(screen.getByRole('button', { name: 'Undo edit statement' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Nothing to redo' })).toBeTruthy();
  });

  it('leaves Ctrl+Z in a text field to the field', async () => {
    const user = userEvent.setup();
    const list = await renderProvider();
    await user.click(screen.getByRole('button', { name: 'Make claim' }));
    await waitFor(() => expect(shownClaims(list)).toHaveLength(1));

    await user.click(screen.getByLabelText('Statement'));
    await user.keyboard('{Control>}z{/Control}');

    expect(host.argsOf('claims.delete')).toEqual([]);
    expect(await storedClaims()).toHaveLength(1);
    expect(screen.getByRole('button', { name: 'Undo make claim' })).toBeTruthy();
  });
});
