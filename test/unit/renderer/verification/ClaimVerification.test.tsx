// A verdict key pressed in the review queue reaches the verification panel as a command. The panel
// may still be waiting for the verdict scale then (a slow disk, a busy host): the key is kept and
// carried out once the scale is there, for the claim it was pressed on.
import { act, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';

import type { Claim } from '../../../../core/domain.js';
import { dispatch } from '../../../../renderer/commands/app-commands.js';
import { NotificationProvider } from '../../../../renderer/components/Notifications.js';
import { ClaimVerification } from '../../../../renderer/verification/ClaimVerification.js';
import { type FakeHost, installFakeBridge } from '../support/fake-bridge.js';

const ARTICLE = `Port closures denied

Desk Wire, 2 May 2024

The port authority said on Tuesday that two northern terminals had closed, a claim the operators denied.`;

let host: FakeHost | undefined;
afterEach(() => host?.close());

async function setUp(): Promise<{ claim: Claim; releaseScale: () => void }> {
  let releaseScale: () => void = () => undefined;
  const scaleHeld = new Promise<void>((resolve) => (releaseScale = resolve));
  host = installFakeBridge({ holdUntil: { 'ratings.list': scaleHeld } });
  const documentId = await host.importText(ARTICLE);
  const span = await host.spanOf(documentId, 'two northern terminals had closed');
  const claim = await host.call('claims.create', { documentId, ...span });
  return { claim, releaseScale };
}

function renderPanel(claim: Claim) {
  render(
    <NotificationProvider>
      <ClaimVerification claim={claim} onChanged={() => undefined} />
    </NotificationProvider>,
  );
}

describe('verdict keys sent to the verification panel', () => {
  it('are kept while the scale loads and carried out on the claim they were pressed on', async () => {
    const { claim, releaseScale } = await setUp();
    renderPanel(claim);
    expect(screen.getByText('Loading the scale…')).toBeTruthy();

    act(() => void dispatch('verify-claim', { claimId: claim.id, action: { kind: 'verdict-key', key: '1' } }));
    expect(host!.argsOf('claims.setVerdict')).toEqual([]);

    releaseScale();
    const ratings = await host!.call('ratings.list');
    const verdict = await screen.findByRole('radiogroup', { name: 'Verdict' });
    // 1 is the first rating the scale shows.
    const first = ratings.filter((rating) => !rating.archived).sort((a, b) => a.ordinal - b.ordinal)[0]!;
    await waitFor(() => expect(within(verdict).getByRole('radio', { name: first.label }).getAttribute('aria-checked')).toBe('true'));
    expect(host!.argsOf('claims.setVerdict')).toEqual([{ id: claim.id, ratingId: first.id }]);
    expect((await host!.call('claims.get', { id: claim.id })).ratingId).toBe(first.id);
  });

  it('for another claim are not carried out on this one', async () => {
    const { claim, releaseScale } = await setUp();
    renderPanel(claim);
    act(
      () => void dispatch('verify-claim', { claimId: 'b0000000-0000-4000-8000-000000000009', action: { kind: 'verdict-key', key: '1' } }),
    );
    releaseScale();
    await screen.findByRole('radiogroup', { name: 'Verdict' });
    expect(host!.argsOf('claims.setVerdict')).toEqual([]);
  });
});
