// Who relays a source, one row per relayer: how many claims and documents, first and last seen, and
// the stance their cues usually take. Every column sorts; a row opens onto the claims it relayed.
import { useId, useState } from 'react';

import type { Amplification, Relayer } from '../../core/review/amplification.js';
import { Icon } from '../components/Icon.js';
import { countOf, formatNumber } from '../format.js';
import {
  DEFAULT_RELAY_SORT,
  nextSort,
  RELAY_COLUMNS,
  type RelayColumn,
  type RelaySort,
  seenLabel,
  sortRelayers,
  typicalStanceLabel,
} from './relay-table.js';
import { RelayClaimList } from './RelayClaimList.js';

export function RelayTable({ amplification }: { amplification: Amplification }) {
  const [sort, setSort] = useState<RelaySort>(DEFAULT_RELAY_SORT);
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const idPrefix = useId();
  const toggle = (key: string) =>
    setOpen((current) => {
      const next = new Set(current);
      if (!next.delete(key)) next.add(key);
      return next;
    });
  return (
    <div className="relay-table__frame">
      <table className="relay-table">
        <caption className="visually-hidden">Who relays {amplification.source.name}; select a column heading to sort</caption>
        <thead>
          <tr>
            {RELAY_COLUMNS.map(({ column, label }) => (
              <SortableHeader key={column} column={column} label={label} sort={sort} onSort={() => setSort(nextSort(sort, column))} />
            ))}
          </tr>
        </thead>
        <tbody>
          {sortRelayers(amplification.relayers, sort).map((relayer) => (
            <RelayRow
              key={relayer.key}
              relayer={relayer}
              expanded={open.has(relayer.key)}
              detailId={`${idPrefix}-${relayer.key}`}
              onToggle={() => toggle(relayer.key)}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}

interface SortableHeaderProps {
  column: RelayColumn;
  label: string;
  sort: RelaySort;
  onSort: () => void;
}

function SortableHeader({ column, label, sort, onSort }: SortableHeaderProps) {
  const active = sort.column === column;
  const numeric = column === 'claims' || column === 'documents';
  return (
    <th scope="col" aria-sort={active ? sort.direction : undefined} className={numeric ? 'relay-table__number' : undefined}>
      <button type="button" className={active ? 'relay-table__sort is-active' : 'relay-table__sort'} onClick={onSort}>
        {label}
        <Icon
          name={active && sort.direction === 'ascending' ? 'sortAscending' : 'sortDescending'}
          size={13}
          className="relay-table__sort-icon"
        />
      </button>
    </th>
  );
}

interface RelayRowProps {
  relayer: Relayer;
  expanded: boolean;
  detailId: string;
  onToggle: () => void;
}

function RelayRow({ relayer, expanded, detailId, onToggle }: RelayRowProps) {
  return (
    <>
      <tr className={expanded ? 'relay-table__row is-expanded' : 'relay-table__row'}>
        <th scope="row">
          <div className="relay-table__relayer">
            <button
              type="button"
              className="relay-table__toggle"
              aria-expanded={expanded}
              aria-controls={expanded ? detailId : undefined}
              aria-label={`${relayer.name}: ${expanded ? 'hide' : 'show'} the ${countOf(relayer.claimCount, 'claim')} it relayed`}
              onClick={onToggle}
            >
              <Icon name={expanded ? 'chevronDown' : 'chevronRight'} size={14} />
              <span className="relay-table__name" dir="auto">
                {relayer.name}
              </span>
            </button>
            {relayer.firstAppearances > 0 ? (
              <span className="relay-first" title="Published a claim before anyone else">
                <Icon name="flag" size={12} />
                {formatNumber(relayer.firstAppearances)} first
              </span>
            ) : null}
          </div>
        </th>
        <td className="relay-table__number">{formatNumber(relayer.claimCount)}</td>
        <td className="relay-table__number">{formatNumber(relayer.documentCount)}</td>
        <td>{seenLabel(relayer.firstSeen)}</td>
        <td>{seenLabel(relayer.lastSeen)}</td>
        <td className={`relay-table__stance relay-table__stance--${relayer.typicalStance ?? 'none'}`}>
          {typicalStanceLabel(relayer.typicalStance)}
        </td>
      </tr>
      {expanded ? (
        <tr className="relay-table__detail" id={detailId}>
          <td colSpan={RELAY_COLUMNS.length}>
            <RelayClaimList relayer={relayer} />
          </td>
        </tr>
      ) : null}
    </>
  );
}
