import { describe, expect, it } from 'vitest';

import {
  type ClaimsViewAction,
  claimsViewReducer,
  type ClaimsViewState,
  INITIAL_CLAIMS_VIEW,
} from '../../../../renderer/claims/claims-state.js';

const run = (...actions: ClaimsViewAction[]): ClaimsViewState => actions.reduce(claimsViewReducer, INITIAL_CLAIMS_VIEW);

describe('the reviewer’s place among the claims', () => {
  it('starts a newly opened document with no claim shown', () => {
    const state = run(
      { type: 'document-opened', documentId: 'd1' },
      { type: 'open', claimId: 'c1' },
      { type: 'document-opened', documentId: 'd2' },
    );
    expect(state).toEqual({ documentId: 'd2', activeId: null, reveal: null, wanted: null });
  });

  it('shows a claim asked for from another document once that document’s claims have loaded', () => {
    const asked = run({ type: 'document-opened', documentId: 'd1' }, { type: 'claim-requested', documentId: 'd2', claimId: 'c9' });
    expect(asked.activeId).toBeNull();
    const opened = claimsViewReducer(asked, { type: 'document-opened', documentId: 'd2' });
    expect(opened).toMatchObject({ activeId: 'c9', reveal: null });
    // The list may still be the old document's, or not yet hold the new claim: the request waits.
    const early = claimsViewReducer(opened, { type: 'claims-loaded', documentId: 'd2', claimIds: ['c1'] });
    expect(early.wanted).not.toBeNull();
    const shown = claimsViewReducer(early, { type: 'claims-loaded', documentId: 'd2', claimIds: ['c1', 'c9'] });
    expect(shown).toMatchObject({ activeId: 'c9', reveal: { claimId: 'c9' }, wanted: null });
  });

  it('drops a request once its document has been left', () => {
    const state = run(
      { type: 'claim-requested', documentId: 'd2', claimId: 'c9' },
      { type: 'document-opened', documentId: 'd2' },
      { type: 'document-opened', documentId: 'd3' },
      { type: 'claims-loaded', documentId: 'd3', claimIds: ['c9'] },
    );
    expect(state).toMatchObject({ documentId: 'd3', activeId: null, wanted: null, reveal: null });
  });

  it('shows a claim of the open document at once, scrolled to when its claims are there', () => {
    const state = run({ type: 'document-opened', documentId: 'd1' }, { type: 'claim-requested', documentId: 'd1', claimId: 'c2' });
    expect(state.activeId).toBe('c2');
    expect(claimsViewReducer(state, { type: 'claims-loaded', documentId: 'd1', claimIds: ['c2'] }).reveal).toEqual({ claimId: 'c2' });
  });

  it('makes every reveal a new request, so stepping back to a claim scrolls to it again', () => {
    const first = run({ type: 'open', claimId: 'c1', reveal: true });
    const second = claimsViewReducer(first, { type: 'open', claimId: 'c1', reveal: true });
    expect(second.reveal).toEqual({ claimId: 'c1' });
    expect(second.reveal).not.toBe(first.reveal);
    // Opening without reveal leaves the last request alone, so the text does not jump.
    expect(claimsViewReducer(second, { type: 'open', claimId: 'c3' }).reveal).toBe(second.reveal);
  });

  it('closes the inspector on a claim that is gone, and only on that one', () => {
    const state = run({ type: 'open', claimId: 'c1' });
    expect(claimsViewReducer(state, { type: 'claim-gone', claimId: 'c2' })).toBe(state);
    expect(claimsViewReducer(state, { type: 'claim-gone', claimId: 'c1' }).activeId).toBeNull();
  });
});
