// How the "Relayed by" table words and orders who relays a source: the summary line, the dates with
// what they are dates of, the stance the relays usually take, and sorting by any column.
import type { Amplification, Relayer, SeenDate } from '../../core/review/amplification.js';
import { CUE_STANCE_LABELS } from '../../core/vocabulary/stances.js';
import { formatDate } from '../format.js';

export type RelayColumn = 'relayer' | 'claims' | 'documents' | 'firstSeen' | 'lastSeen' | 'stance';

export interface RelaySort {
  column: RelayColumn;
  direction: 'ascending' | 'descending';
}

export const RELAY_COLUMNS: readonly { column: RelayColumn; label: string }[] = [
  { column: 'relayer', label: 'Relayer' },
  { column: 'claims', label: 'Claims' },
  { column: 'documents', label: 'Documents' },
  { column: 'firstSeen', label: 'First seen' },
  { column: 'lastSeen', label: 'Last seen' },
  { column: 'stance', label: 'Stance' },
];

/** The busiest relayers first, as a reviewer first asks "who relays it most". */
export const DEFAULT_RELAY_SORT: RelaySort = { column: 'claims', direction: 'descending' };

// Counts and the latest date read best largest first; names, the earliest date and stances from the top.
const FIRST_DIRECTION: Record<RelayColumn, RelaySort['direction']> = {
  relayer: 'ascending',
  claims: 'descending',
  documents: 'descending',
  firstSeen: 'ascending',
  lastSeen: 'descending',
  stance: 'ascending',
};

/** Distancing first: the question a stance column answers is "who only ever alleges it". */
const STANCE_ORDER: readonly Relayer['typicalStance'][] = ['distancing', 'mixed', 'neutral', 'endorsing', null];

/** A header clicked again turns its order round; another header starts in its natural order. */
export function nextSort(current: RelaySort, column: RelayColumn): RelaySort {
  if (current.column !== column) return { column, direction: FIRST_DIRECTION[column] };
  return { column, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
}

/** A sorted copy; ties keep the host's order (most claims, then seen earliest, then by name). */
export function sortRelayers(relayers: readonly Relayer[], sort: RelaySort): Relayer[] {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const byColumn = (a: Relayer, b: Relayer): number => {
    switch (sort.column) {
      case 'relayer':
        return a.name.localeCompare(b.name);
      case 'claims':
        return a.claimCount - b.claimCount;
      case 'documents':
        return a.documentCount - b.documentCount;
      case 'firstSeen':
        return a.firstSeen.at.localeCompare(b.firstSeen.at);
      case 'lastSeen':
        return a.lastSeen.at.localeCompare(b.lastSeen.at);
      case 'stance':
        return STANCE_ORDER.indexOf(a.typicalStance) - STANCE_ORDER.indexOf(b.typicalStance);
    }
  };
  return [...relayers].sort((a, b) => sign * byColumn(a, b));
}

/** "2 Mar 2018", or "5 Jun 2024 (imported)" for an undated document, placed by when the desk imported it. */
export function seenLabel(seen: SeenDate): string {
  return seen.basis === 'published' ? formatDate(seen.at) : `${formatDate(seen.at)} (imported)`;
}

export function typicalStanceLabel(stance: Relayer['typicalStance']): string {
  if (stance === null) return 'Not recorded';
  return stance === 'mixed' ? 'Mixed' : CUE_STANCE_LABELS[stance];
}

/** "TASS → relayed by SouthFront (12), Sputnik (5) and 3 others", the busiest named first, as the host lists them. */
export function relaySummary(amplification: Amplification, named = 3): string {
  const busiest = amplification.relayers;
  const shown = busiest.slice(0, named).map((relayer) => `${relayer.name} (${relayer.claimCount})`);
  const rest = busiest.length - shown.length;
  const list = rest > 0 ? `${shown.join(', ')} and ${rest} ${rest === 1 ? 'other' : 'others'}` : joinedWithAnd(shown);
  return `${amplification.source.name} → relayed by ${list}`;
}

function joinedWithAnd(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}
