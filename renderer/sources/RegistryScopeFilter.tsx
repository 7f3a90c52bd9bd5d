// "All | Unconfirmed (N)" above the Sources list, so a reviewer can work through the sources that
// accepted suggestions created. The counts come from the list itself, which reloads on every
// sources.changed event, so they stay live.
import { useId } from 'react';

import { formatNumber } from '../format.js';
import type { RegistryScope } from './source-filter.js';

interface RegistryScopeFilterProps {
  value: RegistryScope;
  onChange: (scope: RegistryScope) => void;
  total: number;
  unconfirmed: number;
}

export function RegistryScopeFilter({ value, onChange, total, unconfirmed }: RegistryScopeFilterProps) {
  const name = useId();
  const choices: { scope: RegistryScope; label: string; count: number }[] = [
    { scope: 'all', label: 'All', count: total },
    { scope: 'unconfirmed', label: 'Unconfirmed', count: unconfirmed },
  ];
  return (
    <div className="segmented registry-scope" role="radiogroup" aria-label="Show sources">
      {choices.map((choice) => (
        <label key={choice.scope} className="segmented__option">
          <input type="radio" name={name} value={choice.scope} checked={value === choice.scope} onChange={() => onChange(choice.scope)} />
          <span>
            {choice.label}
            {/* Shown as a pill, read as "Unconfirmed (3)". */}
            <span
              className={
                choice.scope === 'unconfirmed' && choice.count > 0
                  ? 'tab__count registry-scope__count is-pending'
                  : 'tab__count registry-scope__count'
              }
              aria-hidden="true"
            >
              {formatNumber(choice.count)}
            </span>
            <span className="visually-hidden">({formatNumber(choice.count)})</span>
          </span>
        </label>
      ))}
    </div>
  );
}
