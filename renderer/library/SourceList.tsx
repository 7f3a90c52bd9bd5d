import { useDeferredValue, useMemo, useState } from 'react';

import type { Source } from '../../core/domain.js';
import { EmptyState } from '../components/EmptyState.js';
import { Icon } from '../components/Icon.js';
import { VirtualListbox } from '../components/VirtualListbox.js';
import { countOf } from '../format.js';
import { NewSourceButton } from '../sources/NewSourceButton.js';
import { RegistryScopeFilter } from '../sources/RegistryScopeFilter.js';
import { countUnconfirmed, emptyRegistryMessage, filterRegistry, type KindFilter, type RegistryScope } from '../sources/source-filter.js';
import { SourceKindFilter } from '../sources/SourceKindFilter.js';
import { UnconfirmedBadge } from '../sources/UnconfirmedBadge.js';
import { SourceKindBadge } from './SourceKindBadge.js';

interface SourceListProps {
  sources: Source[];
  selectedId: string | null;
  onSelect: (id: string) => void;
}

export function SourceList({ sources, selectedId, onSelect }: SourceListProps) {
  const [filter, setFilter] = useState('');
  const [kind, setKind] = useState<KindFilter>('all');
  const [scope, setScope] = useState<RegistryScope>('all');
  const deferredFilter = useDeferredValue(filter);
  const shown = useMemo(() => filterRegistry(sources, deferredFilter, kind, scope), [sources, deferredFilter, kind, scope]);
  const unconfirmed = useMemo(() => countUnconfirmed(sources), [sources]);
  const empty = emptyRegistryMessage(sources.length, deferredFilter, kind, scope);

  return (
    <div className="library-panel">
      <div className="library-panel__toolbar source-list__toolbar">
        <label className="search-field">
          <Icon name="search" size={14} />
          <span className="visually-hidden">Filter sources</span>
          <input
            type="search"
            placeholder="Filter by name or alias"
            value={filter}
            onChange={(event) => setFilter(event.target.value)}
            spellCheck={false}
          />
        </label>
        <SourceKindFilter value={kind} onChange={setKind} />
        <NewSourceButton onCreated={(source) => onSelect(source.id)} />
      </div>
      <div className="source-list__scope">
        <RegistryScopeFilter value={scope} onChange={setScope} total={sources.length} unconfirmed={unconfirmed} />
      </div>
      {shown.length === 0 ? (
        <EmptyState icon={scope === 'unconfirmed' && unconfirmed === 0 ? 'check' : 'sources'} title={empty.title}>
          {empty.body}
        </EmptyState>
      ) : (
        <VirtualListbox
          items={shown}
          label="Sources"
          rowHeight={58}
          getKey={(source) => source.id}
          selectedKey={selectedId}
          onSelect={onSelect}
          renderRow={(source) => <SourceRow source={source} />}
        />
      )}
    </div>
  );
}

function SourceRow({ source }: { source: Source }) {
  return (
    <div className="list-row source-row">
      <div className="list-row__primary">
        <span className="list-row__title">{source.name}</span>
        {source.country ? <span className="list-row__aside">{source.country}</span> : null}
      </div>
      <div className="list-row__secondary">
        <SourceKindBadge kind={source.kind} />
        {source.confirmed ? null : <UnconfirmedBadge />}
        <span>{countOf(source.aliases.length, 'alias', 'aliases')}</span>
        <span aria-hidden="true">·</span>
        <span>{countOf(source.claimCount, 'claim')}</span>
      </div>
    </div>
  );
}
