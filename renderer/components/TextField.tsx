// A labelled one-line input with its help text and the API's validation message beneath it, the
// way every form in the app shows them.
import { type ReactNode, type Ref, useId } from 'react';

import { Icon } from './Icon.js';

export interface TextFieldProps {
  field: string;
  label: string;
  value: string;
  error: string | undefined;
  onChange: (value: string) => void;
  help?: ReactNode;
  type?: string;
  placeholder?: string;
  disabled?: boolean;
  dir?: 'auto';
  list?: string;
  inputRef?: Ref<HTMLInputElement>;
}

export function TextField(props: TextFieldProps) {
  const { field, label, value, error, onChange, help, type = 'text', placeholder, disabled, dir, list, inputRef } = props;
  const id = useId();
  const describedBy = [error ? `${id}-error` : null, help ? `${id}-help` : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className="setting">
      <label className="setting__label" htmlFor={id}>
        {label}
      </label>
      <input
        ref={inputRef}
        id={id}
        name={field}
        className="text-input"
        type={type}
        value={value}
        placeholder={placeholder}
        disabled={disabled}
        dir={dir}
        list={list}
        autoComplete="off"
        spellCheck={false}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        onChange={(event) => onChange(event.target.value)}
      />
      {error ? (
        <p className="setting__error" id={`${id}-error`}>
          <Icon name="alert" size={13} />
          <span>{error}</span>
        </p>
      ) : null}
      {help ? (
        <p className="setting__help" id={`${id}-help`}>
          {help}
        </p>
      ) : null}
    </div>
  );
}
