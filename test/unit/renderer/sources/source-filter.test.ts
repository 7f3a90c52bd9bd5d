import { describe, expect, it } from 'vitest';
import type { Source } from '../../../../core/domain.js';
import { filterRegistry } from '../../../../renderer/sources/source-filter.js';

const source = (name: string, kind: Source['kind'], aliases: string[] = []): Source => ({
  id: name,
  name,
  kind,
  country: null,
  stateAffiliated: false,
  notes: '',
  aliases: aliases.map((alias) => ({ alias, kind: 'name' })),
  claimCount: 0,
  wikidataId: null,
  confirmed: true,
});

const registry = [
  source('TASS', 'state_media', ['ТАСС', 'ITAR-TASS']),
  source('AFP', 'wire_agency', ['Agence France-Presse']),
  source('Reuters', 'wire_agency'),
  source('NLF spokesman', 'person'),
];

const names = (list: Source[]) => list.map((entry) => entry.name);

describe('filterRegistry', () => {
  it('finds a source by its name or any alias, whatever the case or script', () => {
    expect(names(filterRegistry(registry, 'тасс'))).toEqual(['TASS']);
    expect(names(filterRegistry(registry, 'france'))).toEqual(['AFP']);
    expect(names(filterRegistry(registry, '  '))).toEqual(names(registry));
  });

  it('narrows to one kind, alone or with the text', () => {
    expect(names(filterRegistry(registry, '', 'wire_agency'))).toEqual(['AFP', 'Reuters']);
    expect(names(filterRegistry(registry, 'reu', 'wire_agency'))).toEqual(['Reuters']);
    expect(filterRegistry(registry, 'tass', 'wire_agency')).toEqual([]);
  });
});
