// Tags as chips: Enter or a comma adds what was typed, each chip has its own remove button, and
// Backspace in the empty field takes the last chip back.
import { type KeyboardEvent, useId, useState } from 'react';

import { Icon } from '../components/Icon.js';

interface TagsInputProps {
  tags: readonly string[];
  onChange: (tags: string[]) => void;
  error?: string | undefined;
}

export function TagsInput({ tags, onChange, error }: TagsInputProps) {
  const id = useId();
  const [typed, setTyped] = useState('');

  const add = () => {
    const fresh = typed
      .split(',')
      .map((tag) => tag.trim())
      .filter((tag) => tag.length > 0 && !tags.some((existing) => existing.toLowerCase() === tag.toLowerCase()));
    setTyped('');
    if (fresh.length > 0) onChange([...tags, ...new Set(fresh)]);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter' || event.key === ',') {
      event.preventDefault();
      add();
    } else if (event.key === 'Backspace' && typed === '' && tags.length > 0) {
      event.preventDefault();
      onChange(tags.slice(0, -1));
    }
  };

  return (
    <div className="claim-field">
      <label className="claim-field__label" htmlFor={id}>
        Tags
      </label>
      <div className={error ? 'tags-input is-invalid' : 'tags-input'}>
        <ul className="tags-input__chips" aria-label="Tags">
          {tags.map((tag) => (
            <li key={tag} className="tag-chip">
              <span>{tag}</span>
              <button
                type="button"
                className="tag-chip__remove"
                aria-label={`Remove tag ${tag}`}
                onClick={() => onChange(tags.filter((existing) => existing !== tag))}
              >
                <Icon name="close" size={11} />
              </button>
            </li>
          ))}
        </ul>
        <input
          id={id}
          className="tags-input__field"
          value={typed}
          placeholder={tags.length === 0 ? 'Add a tag, then Enter' : 'Add…'}
          onChange={(event) => setTyped(event.target.value)}
          onKeyDown={onKeyDown}
          onBlur={add}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
        />
      </div>
      {error ? (
        <p className="claim-field__error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
    </div>
  );
}
