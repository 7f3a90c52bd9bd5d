import { describe, expect, it } from 'vitest';

import { chainsToAccept, commenterToStartAt, withCommenterHop } from '../../../../renderer/claims/commenter-chain.js';
import { suggestionKey } from '../../../../renderer/claims/suggestion-key.js';
import { hop, suggestion } from './suggestion-fixture.js';

describe('starting a reader comment’s chain at the commenter', () => {
  const fromDana = suggestion('the convoy turned back', [hop('Sputnik', { sourceKind: 'state_media' })], {
    fromComment: { commenter: 'Dana Holt' },
  });
  const unnamed = suggestion('the convoy turned back', [hop('Sputnik')], { fromComment: { commenter: null } });
  const article = suggestion('aid workers waited', [hop('Reuters')]);

  it('offers the named commenter, and nobody when the thread does not name them or it is the article', () => {
    expect(commenterToStartAt(fromDana)).toBe('Dana Holt');
    expect(commenterToStartAt(unnamed)).toBeNull();
    expect(commenterToStartAt(article)).toBeNull();
  });

  it('does not offer the commenter when the chain already starts at them', () => {
    const ownWords = suggestion('I saw it', [hop('dana holt')], { fromComment: { commenter: 'Dana Holt' } });
    expect(commenterToStartAt(ownWords)).toBeNull();
  });

  it('puts the commenter in front only when ticked', () => {
    expect(withCommenterHop(fromDana, false)).toBe(fromDana);
    const started = withCommenterHop(fromDana, true);
    expect(started.hops.map((h) => h.source)).toEqual(['Dana Holt', 'Sputnik']);
    expect(started.hops[0]).toMatchObject({ sourceId: null, sourceKind: 'person', stance: 'neutral', kind: 'paraphrase' });
    expect(started.claim).toEqual(fromDana.claim);
    expect(withCommenterHop(unnamed, true)).toBe(unnamed);
  });

  it('applies each card’s choice when several are accepted at once', () => {
    const other = suggestion('the bridge was closed', [hop('TASS')], {
      fromComment: { commenter: 'Mark Fenn' },
      claim: { start: 500, end: 521, text: 'the bridge was closed' },
    });
    const accepted = chainsToAccept([fromDana, other, article], new Set([suggestionKey(other)]));
    expect(accepted.map((s) => s.hops.map((h) => h.source))).toEqual([['Sputnik'], ['Mark Fenn', 'TASS'], ['Reuters']]);
  });
});
