import { describe, expect, it } from 'vitest';

import type { Source } from '../../../../core/domain.js';
import { countUnconfirmed, emptyRegistryMessage, filterRegistry } from '../../../../renderer/sources/source-filter.js';

const source = (name: string, kind: Source['kind'], aliases: string[] = [], confirmed = true): Source => ({
  id: name,
  name,
  kind,
  country: null,
  stateAffiliated: false,
  notes: '',
  aliases: aliases.map((alias) => ({ alias, kind: 'name' })),
  claimCount: 0,
  wikidataId: null,
  confirmed,
});

const registry = [
  source('TASS', 'state_media', ['ТАСС', 'ITAR-TASS']),
  source('AFP', 'wire_agency', ['Agence France-Presse']),
  source('Reuters', 'wire_agency'),
  source('NLF spokesman', 'person'),
  source('Petra Varga', 'person', [], false),
  source('Harbour Gazette', 'newspaper', ['the Gazette'], false),
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

  it('narrows to the unconfirmed sources, alone or with the kind and the text', () => {
    expect(names(filterRegistry(registry, '', 'all', 'unconfirmed'))).toEqual(['Petra Varga', 'Harbour Gazette']);
    expect(names(filterRegistry(registry, '', 'person', 'unconfirmed'))).toEqual(['Petra Varga']);
    expect(names(filterRegistry(registry, 'gazette', 'all', 'unconfirmed'))).toEqual(['Harbour Gazette']);
    expect(filterRegistry(registry, 'afp', 'all', 'unconfirmed')).toEqual([]);
  });
});

describe('countUnconfirmed', () => {
  it('counts the sources no reviewer has confirmed yet', () => {
    expect(countUnconfirmed(registry)).toBe(2);
    expect(countUnconfirmed(registry.filter((entry) => entry.confirmed))).toBe(0);
  });
});

describe('emptyRegistryMessage', () => {
  it('says the registry is empty before anything else', () => {
    expect(emptyRegistryMessage(0, 'afp', 'person', 'unconfirmed').title).toBe('No sources yet');
  });

  it('names every filter that is on', () => {
    expect(emptyRegistryMessage(9, ' agence ', 'state_media', 'all').body).toBe('No state media name or alias contains “agence”.');
    expect(emptyRegistryMessage(9, 'afp', 'all', 'unconfirmed').body).toBe('No unconfirmed source name or alias contains “afp”.');
    expect(emptyRegistryMessage(9, '', 'official', 'all').body).toBe('No source in the registry is of the kind official.');
    expect(emptyRegistryMessage(9, '', 'official', 'unconfirmed').body).toBe('No unconfirmed source is of the kind official.');
  });

  it('says there is nothing to confirm when every source is confirmed', () => {
    expect(emptyRegistryMessage(9, '', 'all', 'unconfirmed')).toEqual({
      title: 'Nothing to confirm',
      body: 'Sources created when you accept suggestions wait here until you confirm, merge or discard them.',
    });
  });
});
