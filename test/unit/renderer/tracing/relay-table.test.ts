import { describe, expect, it } from 'vitest';

import { formatDate } from '../../../../renderer/format.js';
import {
  DEFAULT_RELAY_SORT,
  nextSort,
  relaySummary,
  seenLabel,
  sortRelayers,
  typicalStanceLabel,
} from '../../../../renderer/tracing/relay-table.js';
import { tassRelays } from './relay-fixture.js';

const names = (sort: Parameters<typeof sortRelayers>[1]) => sortRelayers(tassRelays().relayers, sort).map((relayer) => relayer.name);

describe('the Relayed by table', () => {
  it('sums up the busiest relayers in one line', () => {
    expect(relaySummary(tassRelays())).toBe('TASS → relayed by SouthFront (3), Sputnik (1) and Harbour Ledger (1)');
    expect(relaySummary(tassRelays(), 1)).toBe('TASS → relayed by SouthFront (3) and 2 others');
  });

  it('sorts by any column, ties keeping the host’s order (most claims, then seen earliest)', () => {
    expect(names(DEFAULT_RELAY_SORT)).toEqual(['SouthFront', 'Sputnik', 'Harbour Ledger']);
    expect(names({ column: 'claims', direction: 'ascending' })).toEqual(['Sputnik', 'Harbour Ledger', 'SouthFront']);
    expect(names({ column: 'relayer', direction: 'ascending' })).toEqual(['Harbour Ledger', 'SouthFront', 'Sputnik']);
    expect(names({ column: 'firstSeen', direction: 'ascending' })).toEqual(['Sputnik', 'SouthFront', 'Harbour Ledger']);
    expect(names({ column: 'lastSeen', direction: 'descending' })).toEqual(['Harbour Ledger', 'SouthFront', 'Sputnik']);
    expect(names({ column: 'stance', direction: 'ascending' })).toEqual(['SouthFront', 'Sputnik', 'Harbour Ledger']);
  });

  it('turns a column round when its header is chosen again, and starts another in its natural order', () => {
    expect(nextSort(DEFAULT_RELAY_SORT, 'claims')).toEqual({ column: 'claims', direction: 'ascending' });
    expect(nextSort(DEFAULT_RELAY_SORT, 'relayer')).toEqual({ column: 'relayer', direction: 'ascending' });
    expect(nextSort(DEFAULT_RELAY_SORT, 'lastSeen')).toEqual({ column: 'lastSeen', direction: 'descending' });
  });

  it('says when a date is an import date, and words the usual stance', () => {
    expect(seenLabel({ at: '2024-03-04', basis: 'published' })).toBe(formatDate('2024-03-04'));
    expect(seenLabel({ at: '2024-06-01T09:00:00.000Z', basis: 'imported' })).toBe(`${formatDate('2024-06-01T09:00:00.000Z')} (imported)`);
    expect(['distancing', 'mixed', null].map((stance) => typicalStanceLabel(stance as never))).toEqual([
      'Distancing',
      'Mixed',
      'Not recorded',
    ]);
  });
});
