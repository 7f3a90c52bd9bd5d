import { describe, expect, it } from 'vitest';

import { buildAliasIndex, findSourceMentions } from '../../../../core/detection/alias-index.js';
import { SEED_SOURCES } from '../../../../core/sources/seed-registry.js';

const index = buildAliasIndex(SEED_SOURCES);
function mentioned(text: string): [string, string][] {
  return findSourceMentions(text, index).map((m) => [m.text, m.source.name]);
}

describe('finding registry sources in text', () => {
  it('matches short abbreviations only as whole words in their own case', () => {
    expect(mentioned('AP reported. An APC and a CAP badge; Ap and ap are not.')).toEqual([['AP', 'Associated Press']]);
    expect(mentioned('RT said so; RTX and art.com are other things.')).toEqual([['RT', 'RT']]);
  });

  it('keeps outlets with similar names apart', () => {
    expect(mentioned('RIA, ТАСС, ITAR-TASS, CNN Türk, CNN, Interfax-Ukraine and Interfax')).toEqual([
      ['RIA', 'RIA Novosti'],
      ['ТАСС', 'TASS'],
      ['ITAR-TASS', 'TASS'],
      ['CNN Türk', 'CNN Türk'],
      ['CNN', 'CNN'],
      ['Interfax-Ukraine', 'Interfax-Ukraine'],
      ['Interfax', 'Interfax'],
    ]);
  });

  it('matches names in any case after their first letter, and with hyphen or space', () => {
    expect(mentioned('Fars news agency, REUTERS, Agence France Presse, al-Watan and Al Watan')).toEqual([
      ['Fars news agency', 'Fars'],
      ['REUTERS', 'Reuters'],
      ['Agence France Presse', 'AFP'],
      ['al-Watan', 'Al-Watan (Syria)'],
      ['Al Watan', 'Al-Watan (Syria)'],
    ]);
    expect(mentioned('the pentagon shape, ria and mehr')).toEqual([]);
  });

  it('matches outlet domains and their subdomains but not longer hosts', () => {
    expect(mentioned('see sputniknews.com, www.tass.com and en.yna.co.kr; not tass.com.ua or mytass.com')).toEqual([
      ['sputniknews.com', 'Sputnik'],
      ['tass.com', 'TASS'],
      ['yna.co.kr', 'Yonhap'],
    ]);
  });

  it('reads an abbreviation glued to an attribution verb', () => {
    expect(mentioned('AFPquoted NLF spokesman')).toEqual([['AFP', 'AFP']]);
    expect(mentioned('APCs')).toEqual([]);
  });

  it('skips names that mean something else in context', () => {
    expect(mentioned('Fars province, Sputnik V, Michael Bloomberg, the Guardian Council')).toEqual([]);
  });
});

describe('a workbench registry edited by reviewers', () => {
  it('copes with odd aliases and still finds the sources it names', () => {
    const registry = [
      {
        id: 'c1b0a9e2-4c1d-4e5f-8a9b-0c1d2e3f4a5b',
        name: 'Kyiv Independent',
        kind: 'website' as const,
        aliases: [
          { alias: 'A', kind: 'abbreviation' as const },
          { alias: '', kind: 'name' as const },
          { alias: 'K.I. (news)', kind: 'name' as const },
          { alias: 'kyivindependent.com', kind: 'domain' as const },
        ],
      },
    ];
    const found = findSourceMentions(
      'A source told the Kyiv Independent, K.I. (news) and kyivindependent.com the same.',
      buildAliasIndex(registry),
    ).map((m) => m.text);
    expect(found).toEqual(['Kyiv Independent', 'K.I. (news)', 'kyivindependent.com']);
  });
});
