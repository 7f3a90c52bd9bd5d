import type { AliasKind, SourceKind } from '../domain.js';

/**
 * The sources every new workbench starts with, and the registry detection uses when no workbench
 * is open. IDs are fixed so that the same outlet has the same ID in every workbench, which lets
 * bundles from two reviewers merge without duplicating TASS.
 */
export interface SeedSource {
  id: string;
  name: string;
  kind: SourceKind;
  country: string | null;
  stateAffiliated: boolean;
  aliases: { alias: string; kind: AliasKind }[];
}

export const SEED_SOURCES: SeedSource[] = [
  {
    id: '5b0f2a0e-7d1c-5a4e-9f0b-0a7e1c3d2b01',
    name: 'TASS',
    kind: 'state_media',
    country: 'RU',
    stateAffiliated: true,
    aliases: [
      { alias: 'ТАСС', kind: 'name' },
      { alias: 'ITAR-TASS', kind: 'name' },
      { alias: 'Russian News Agency TASS', kind: 'name' },
      { alias: 'tass.com', kind: 'domain' },
      { alias: 'tass.ru', kind: 'domain' },
    ],
  },
  {
    id: '5b0f2a0e-7d1c-5a4e-9f0b-0a7e1c3d2b02',
    name: 'Sputnik',
    kind: 'state_media',
    country: 'RU',
    stateAffiliated: true,
    aliases: [
      { alias: 'Sputnik News', kind: 'name' },
      { alias: 'sputniknews.com', kind: 'domain' },
    ],
  },
  {
    id: '5b0f2a0e-7d1c-5a4e-9f0b-0a7e1c3d2b03',
    name: 'Fars',
    kind: 'state_media',
    country: 'IR',
    stateAffiliated: true,
    aliases: [
      { alias: 'Fars News Agency', kind: 'name' },
      { alias: 'FNA', kind: 'abbreviation' },
      { alias: 'farsnews.ir', kind: 'domain' },
    ],
  },
  {
    id: '5b0f2a0e-7d1c-5a4e-9f0b-0a7e1c3d2b04',
    name: 'AFP',
    kind: 'wire_agency',
    country: 'FR',
    stateAffiliated: false,
    aliases: [
      { alias: 'Agence France-Presse', kind: 'name' },
      { alias: 'Agence France Presse', kind: 'name' },
      { alias: 'afp.com', kind: 'domain' },
    ],
  },
  {
    id: '5b0f2a0e-7d1c-5a4e-9f0b-0a7e1c3d2b05',
    name: 'Reuters',
    kind: 'wire_agency',
    country: 'GB',
    stateAffiliated: false,
    aliases: [
      { alias: 'Thomson Reuters', kind: 'name' },
      { alias: 'reuters.com', kind: 'domain' },
    ],
  },
];
