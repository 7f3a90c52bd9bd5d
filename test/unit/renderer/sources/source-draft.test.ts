import { describe, expect, it } from 'vitest';

import { sourcesMethods } from '../../../../core/api/sources.js';
import type { Source } from '../../../../core/domain.js';
import { ClientError } from '../../../../renderer/api-client.js';
import { createArgs, draftOf, patchOf, placeDraftErrors } from '../../../../renderer/sources/source-draft.js';

const fars: Source = {
  id: '5b0f2a0e-7d1c-5a4e-9f0b-0a7e1c3d2b03',
  name: 'Fars',
  kind: 'state_media',
  country: 'IR',
  stateAffiliated: true,
  notes: '',
  aliases: [
    { alias: 'Fars News Agency', kind: 'name' },
    { alias: 'FNA', kind: 'abbreviation' },
  ],
  claimCount: 3,
  wikidataId: null,
  confirmed: true,
};

describe('a new source from the form', () => {
  it('sends what the API accepts: a capitalised country, no blank alias rows, trimmed text', () => {
    const draft = {
      ...draftOf(null),
      name: '  Naji Mustafa ',
      kind: 'person' as const,
      country: 'lb',
      aliases: [
        { key: 0, alias: ' N. Mustafa ', kind: 'name' as const },
        { key: 1, alias: '   ', kind: 'name' as const },
      ],
    };
    const args = createArgs(draft);
    expect(args).toEqual({
      name: 'Naji Mustafa',
      kind: 'person',
      country: 'LB',
      stateAffiliated: false,
      notes: '',
      wikidataId: null,
      aliases: [{ alias: 'N. Mustafa', kind: 'name' }],
    });
    expect(sourcesMethods['sources.create'].args.safeParse(args).success).toBe(true);
  });

  it('leaves the country unknown when the field is empty', () => {
    expect(createArgs({ ...draftOf(null), name: 'Arab sources', country: '  ' }).country).toBeNull();
  });

  it('sends the Wikidata item typed, pasted as its address, or none', () => {
    const withItem = (wikidataId: string) => createArgs({ ...draftOf(null), name: 'AFP', wikidataId }).wikidataId;
    expect(withItem(' Q40464 ')).toBe('Q40464');
    expect(withItem('q40464')).toBe('Q40464');
    expect(withItem('https://www.wikidata.org/wiki/Q40464')).toBe('Q40464');
    expect(withItem('')).toBeNull();
    // Anything else reaches the API as typed, to be explained under the field.
    expect(withItem('Agence France-Presse')).toBe('Agence France-Presse');
    expect(
      sourcesMethods['sources.create'].args.safeParse(createArgs({ ...draftOf(null), name: 'AFP', wikidataId: 'q40464' })).success,
    ).toBe(true);
  });
});

describe('editing a source', () => {
  it('sends nothing when nothing changed, even after adding a row left blank', () => {
    const draft = draftOf(fars);
    expect(patchOf(draft, fars)).toEqual({});
    expect(patchOf({ ...draft, aliases: [...draft.aliases, { key: 9, alias: '', kind: 'name' }] }, fars)).toEqual({});
  });

  it('sends only the changed fields, and the whole alias list when one alias changed', () => {
    const draft = draftOf(fars);
    const edited = {
      ...draft,
      stateAffiliated: false,
      aliases: [
        draft.aliases[0]!,
        { ...draft.aliases[1]!, kind: 'name' as const },
        { key: 7, alias: 'farsnews.ir', kind: 'domain' as const },
      ],
    };
    const patch = patchOf(edited, fars);
    expect(patch).toEqual({
      stateAffiliated: false,
      aliases: [
        { alias: 'Fars News Agency', kind: 'name' },
        { alias: 'FNA', kind: 'name' },
        { alias: 'farsnews.ir', kind: 'domain' },
      ],
    });
    expect(sourcesMethods['sources.update'].args.safeParse({ id: fars.id, patch }).success).toBe(true);
  });

  it('removing every alias sends an empty list, which clears them', () => {
    expect(patchOf({ ...draftOf(fars), aliases: [] }, fars)).toEqual({ aliases: [] });
  });

  it('sends the Wikidata item when it was added, changed or cleared, and not when only its spelling differs', () => {
    const recorded = { ...fars, wikidataId: 'Q2052443' };
    expect(draftOf(recorded).wikidataId).toBe('Q2052443');
    expect(draftOf(fars).wikidataId).toBe('');
    expect(patchOf({ ...draftOf(fars), wikidataId: 'Q2052443' }, fars)).toEqual({ wikidataId: 'Q2052443' });
    expect(patchOf({ ...draftOf(recorded), wikidataId: 'q2052443' }, recorded)).toEqual({});
    expect(patchOf({ ...draftOf(recorded), wikidataId: 'Q1' }, recorded)).toEqual({ wikidataId: 'Q1' });
    expect(patchOf({ ...draftOf(recorded), wikidataId: ' ' }, recorded)).toEqual({ wikidataId: null });
  });
});

describe('placing what the API refused', () => {
  it('puts a taken name under the name field', () => {
    const error = new ClientError('conflict', 'There is already a source called "AFP"; give this one another name or merge the two.');
    expect(placeDraftErrors(error, draftOf(null), '')).toEqual({ fields: { name: error.message }, aliasRows: {}, general: null });
  });

  it('puts field problems under their fields and alias problems beside the row they came from', () => {
    const draft = {
      ...draftOf(fars),
      aliases: [
        { key: 3, alias: '', kind: 'name' as const },
        { key: 4, alias: 'FNA', kind: 'abbreviation' as const },
        { key: 5, alias: 'x'.repeat(301), kind: 'name' as const },
      ],
    };
    const message =
      'Invalid arguments for "sources.update": patch.country: must be a two-letter country code such as RU or IR; ' +
      'patch.aliases.1.alias: Too big: expected string to have <=300 characters';
    const placed = placeDraftErrors(new ClientError('invalid_arguments', message), draft, 'patch.');
    expect(placed.fields).toEqual({ country: 'must be a two-letter country code such as RU or IR' });
    // Index 1 of what was sent is row 5: the blank row 3 was never sent.
    expect(placed.aliasRows).toEqual({ 5: 'Too big: expected string to have <=300 characters' });
    expect(placed.general).toBeNull();
  });

  it('puts a Wikidata item the API refused under its field', () => {
    const draft = { ...draftOf(fars), wikidataId: 'Fars' };
    const parsed = sourcesMethods['sources.update'].args.safeParse({ id: fars.id, patch: patchOf(draft, fars) });
    expect(parsed.success).toBe(false);
    const message =
      'Invalid arguments for "sources.update": patch.wikidataId: a Wikidata item is a Q followed by its number, such as Q130879';
    const placed = placeDraftErrors(new ClientError('invalid_arguments', message), draft, 'patch.');
    expect(placed).toEqual({
      fields: { wikidataId: 'a Wikidata item is a Q followed by its number, such as Q130879' },
      aliasRows: {},
      general: null,
    });
  });

  it('keeps anything else whole, to show above the buttons', () => {
    const error = new ClientError('unreachable', 'Cannot reach the Claimtrace server.');
    expect(placeDraftErrors(error, draftOf(null), '').general).toBe('Cannot reach the Claimtrace server.');
  });
});
