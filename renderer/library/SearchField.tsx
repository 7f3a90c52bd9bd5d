import type { KeyboardEvent, Ref } from 'react';

import { Icon } from '../components/Icon.js';

interface SearchFieldProps {
  label: string;
  placeholder: string;
  value: string;
  onChange: (value: string) => void;
  inputRef?: Ref<HTMLInputElement>;
  shortcut?: string;
  onKeyDown?: (event: KeyboardEvent<HTMLInputElement>) => void;
}

export function SearchField({ label, placeholder, value, onChange, inputRef, shortcut, onKeyDown }: SearchFieldProps) {
  return (
    <label className="search-field">
      <Icon name="search" size={14} />
      <span className="visually-hidden">{label}</span>
      <input
        ref={inputRef}
        type="search"
        placeholder={placeholder}
        value={value}
        spellCheck={false}
        aria-keyshortcuts={shortcut}
        onChange={(event) => onChange(event.target.value)}
        onKeyDown={(event) => {
          // Escape empties the field first; a second Escape is left to whatever holds it.
          if (event.key === 'Escape' && value) {
            event.preventDefault();
            event.stopPropagation();
            onChange('');
          }
          onKeyDown?.(event);
        }}
      />
    </label>
  );
}
