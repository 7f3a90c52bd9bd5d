import { describe, expect, it } from 'vitest';

import type { RejectedSuggestion } from '../../../../core/domain.js';
import { isRejectedSuggestion, suggestionKey, uniqueSuggestions } from '../../../../renderer/claims/suggestion-key.js';
import { hop, suggestion } from './suggestion-fixture.js';

const REUTERS_ID = '6f1c1a52-3f5e-4a43-9a3e-1f0c2b7d9e10';

describe('telling suggestions apart', () => {
  it('gives the same span with the same chain one card, however the name is capitalised', () => {
    const first = suggestion('the convoy turned back', [hop('Sputnik')]);
    const again = suggestion('the convoy turned back', [hop('SPUTNIK')], { cue: null, kind: 'quote' });
    expect(uniqueSuggestions([first, again])).toEqual([first]);
  });

  it('keeps the same words with another chain, or the same chain over other words', () => {
    const sputnik = suggestion('the convoy turned back', [hop('Sputnik')]);
    const relayed = suggestion('the convoy turned back', [hop('Sputnik'), hop('an unnamed official')]);
    const elsewhere = suggestion('the convoy turned back', [hop('Sputnik')], {
      claim: { start: 400, end: 422, text: 'the convoy turned back' },
    });
    expect(uniqueSuggestions([sputnik, relayed, elsewhere])).toHaveLength(3);
    expect(new Set([sputnik, relayed, elsewhere].map(suggestionKey)).size).toBe(3);
  });

  it('tells a registry source from a new one of the same name, as the workbench does', () => {
    const known = suggestion('aid workers waited', [hop('Reuters', { sourceId: REUTERS_ID, sourceKind: 'wire_agency' })]);
    const unknown = suggestion('aid workers waited', [hop('Reuters')]);
    expect(suggestionKey(known)).not.toBe(suggestionKey(unknown));
  });

  it('does not let a name with an arrow in it pass for a longer chain', () => {
    const odd = suggestion('x', [hop('A>B')]);
    const two = suggestion('x', [hop('A'), hop('B')]);
    expect(suggestionKey(odd)).not.toBe(suggestionKey(two));
  });
});

describe('knowing a restored suggestion again', () => {
  const rejection: Pick<RejectedSuggestion, 'claimQuote' | 'chain'> = {
    claimQuote: 'the convoy turned back',
    chain: [{ source: 'Sputnik', sourceId: null }],
  };

  it('matches on the words and the chain, even when the text moved', () => {
    const moved = suggestion('the convoy turned back', [hop('sputnik')], {
      claim: { start: 900, end: 922, text: 'the convoy turned back' },
    });
    expect(isRejectedSuggestion(moved, rejection)).toBe(true);
  });

  it('does not match other words or another chain', () => {
    expect(isRejectedSuggestion(suggestion('the convoy went on', [hop('Sputnik')]), rejection)).toBe(false);
    expect(isRejectedSuggestion(suggestion('the convoy turned back', [hop('Dana Holt'), hop('Sputnik')]), rejection)).toBe(false);
  });
});
