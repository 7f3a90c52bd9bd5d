// The chain as edited in the inspector and what is sent to claims.setChain.
import { describe, expect, it } from 'vitest';

import type { AttributionHop } from '../../../../core/domain.js';
import { draftFromHops, type DraftHop, inputsFromDraft, keepKeys, moveHop } from '../../../../renderer/claims/chain-draft.js';

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

describe('keeping rows across a save', () => {
  const hop = (key: string, name: string, id: string | null = `${name.toLowerCase()}-id`): DraftHop => ({
    key,
    source: id === null ? { id: null, name, kind: 'person' } : { id, name, kind: 'wire_agency' },
    kind: 'quote',
    cue: null,
    stance: null,
  });
  const keys = (draft: DraftHop[]) => draft.map((entry) => `${entry.key}:${entry.source?.name}`);

  it('gives the saved hops (which come back with new IDs) the keys of the rows they were saved from', () => {
    const before = [hop('h1', 'AFP'), hop('new-1', 'Naji Mustafa', null)];
    // The workbench stores every hop again: new IDs, and the new person now has a registry ID.
    const saved = [hop('h7', 'AFP'), hop('h8', 'Naji Mustafa', 'naji-id')];
    expect(keys(keepKeys(before, saved))).toEqual(['h1:AFP', 'new-1:Naji Mustafa']);
  });

  it('follows a hop that moved, and lets a hop whose source changed keep its place', () => {
    const before = [hop('a', 'AFP'), hop('b', 'TASS'), hop('c', 'Reuters')];
    expect(keys(keepKeys(before, [hop('x', 'TASS'), hop('y', 'AFP'), hop('z', 'Reuters')]))).toEqual(['b:TASS', 'a:AFP', 'c:Reuters']);
    expect(keys(keepKeys(before, [hop('x', 'AFP'), hop('y', 'Sputnik'), hop('z', 'Reuters')]))).toEqual([
      'a:AFP',
      'b:Sputnik',
      'c:Reuters',
    ]);
  });

  it('keeps the new keys of hops that continue none, and never gives two rows one key', () => {
    expect(keys(keepKeys([hop('a', 'AFP')], [hop('x', 'AFP'), hop('y', 'TASS')]))).toEqual(['a:AFP', 'y:TASS']);
    expect(keys(keepKeys([hop('a', 'AFP'), hop('b', 'TASS')], [hop('x', 'TASS')]))).toEqual(['b:TASS']);
    const collided = keepKeys([hop('a', 'AFP')], [hop('x', 'AFP'), hop('a', 'TASS')]);
    expect(new Set(collided.map((entry) => entry.key)).size).toBe(2);
    expect(collided[0]!.key).toBe('a');
  });
});
