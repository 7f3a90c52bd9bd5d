// The chain as edited in the inspector and what is sent to claims.setChain.
import { describe, expect, it } from 'vitest';

import type { AttributionHop } from '../../../../core/domain.js';
import { draftFromHops, type DraftHop, inputsFromDraft, moveHop } from '../../../../renderer/claims/chain-draft.js';

const AFP: AttributionHop = {
  id: 'h1',
  ordinal: 1,
  sourceId: 'afp-id',
  sourceName: 'AFP',
  sourceKind: 'wire_agency',
  kind: 'quote',
  cue: { start: 70, end: 78, text: 'told AFP' },
  stance: 'neutral',
};

describe('the chain editor draft', () => {
  it('sends registry sources by ID and new ones to be created, in order, with their cues and stances', () => {
    const draft: DraftHop[] = [
      ...draftFromHops([AFP]),
      {
        key: 'new',
        source: { id: null, name: 'NLF spokesman Naji Mustafa', kind: 'person' },
        kind: 'quote',
        cue: null,
        stance: 'distancing',
      },
    ];
    expect(inputsFromDraft(draft)).toEqual([
      { sourceId: 'afp-id', kind: 'quote', cue: { start: 70, end: 78 }, stance: 'neutral' },
      { newSource: { name: 'NLF spokesman Naji Mustafa', kind: 'person' }, kind: 'quote', cue: null, stance: 'distancing' },
    ]);
  });

  it('is not saved while a hop still has no source', () => {
    expect(inputsFromDraft([...draftFromHops([AFP]), { key: 'n', source: null, kind: 'citing', cue: null, stance: null }])).toBeNull();
    expect(inputsFromDraft([])).toEqual([]);
  });

  it('moves hops up and down but not past the ends', () => {
    const draft: DraftHop[] = ['a', 'b', 'c'].map((key) => ({ key, source: null, kind: 'quote', cue: null, stance: null }));
    expect(moveHop(draft, 2, -1).map((hop) => hop.key)).toEqual(['a', 'c', 'b']);
    expect(moveHop(draft, 0, 1).map((hop) => hop.key)).toEqual(['b', 'a', 'c']);
    expect(moveHop(draft, 0, -1).map((hop) => hop.key)).toEqual(['a', 'b', 'c']);
  });

  it('reads saved hops in chain order', () => {
    const later = { ...AFP, id: 'h2', ordinal: 2, sourceId: 'p', sourceName: 'Naji Mustafa' };
    expect(draftFromHops([later, AFP]).map((hop) => hop.source?.name)).toEqual(['AFP', 'Naji Mustafa']);
  });
});
