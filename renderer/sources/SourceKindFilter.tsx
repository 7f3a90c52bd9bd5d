import { SOURCE_KINDS } from '../../core/domain.js';
import { SOURCE_KIND_LABELS } from '../../core/vocabulary/source-kinds.js';
import { Icon } from '../components/Icon.js';
import type { KindFilter } from './source-filter.js';

export function SourceKindFilter({ value, onChange }: { value: KindFilter; onChange: (kind: KindFilter) => void }) {
  return (
    <label className="select-field source-kind-filter">
      <span className="visually-hidden">Kind of source</span>
      <select value={value} onChange={(event) => onChange(event.target.value as KindFilter)}>
        <option value="all">All kinds</option>
        {SOURCE_KINDS.map((kind) => (
          <option key={kind} value={kind}>
            {SOURCE_KIND_LABELS[kind]}
          </option>
        ))}
      </select>
      <Icon name="chevronDown" size={14} className="select-field__chevron" />
    </label>
  );
}
