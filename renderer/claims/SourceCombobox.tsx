// Picks the source of a hop: searches the registry by name and alias as the reviewer types, and
// offers to create what was typed as a person, an official or an unnamed source ("Arab sources").
import { type KeyboardEvent, useEffect, useId, useRef, useState } from 'react';

import type { Source, SourceKind } from '../../core/domain.js';
import { SOURCE_KIND_LABELS, SOURCE_KIND_NOUNS } from '../../core/vocabulary/source-kinds.js';
import { call } from '../api-client.js';
import { useLiveResource } from '../use-live-resource.js';
import type { HopSource } from './chain-draft.js';

const SEARCH_PAUSE_MS = 120;
const MAX_MATCHES = 8;
/** The kinds a source typed here can be created as, in the order they are offered. */
const NEW_SOURCE_KINDS: readonly SourceKind[] = ['person', 'official', 'unnamed'];
const NO_MATCHES: Source[] = [];

interface Option {
  id: string;
  label: string;
  detail: string;
  choice: HopSource;
}

interface SourceComboboxProps {
  label: string;
  initial?: string;
  onChoose: (source: HopSource) => void;
  /** Escape gave up the choice (the owner puts the focus somewhere sensible), or the focus left the field. */
  onCancel: (reason: 'escape' | 'blur') => void;
}

export function SourceCombobox({ label, initial = '', onChoose, onCancel }: SourceComboboxProps) {
  const id = useId();
  const [typed, setTyped] = useState(initial);
  const [asked, setAsked] = useState(() => initial.trim());
  const [active, setActive] = useState(0);
  const inputRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    inputRef.current?.focus();
    inputRef.current?.select();
  }, []);

  // What was typed is asked for once typing pauses; the matches for the last question stay listed
  // meanwhile, and are asked for again when the registry changes.
  const query = typed.trim();
  useEffect(() => {
    const timer = setTimeout(() => setAsked(query), SEARCH_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [query]);
  const search = useLiveResource(
    `sources:${asked}`,
    async () => (await call('sources.list', asked ? { query: asked } : {})).slice(0, MAX_MATCHES),
    ['sources.changed'],
    { keepPrevious: true },
  );
  // A search that failed offers only to create what was typed.
  const matches = search.error ? NO_MATCHES : (search.value ?? NO_MATCHES);

  const name = typed.trim();
  const options: Option[] = [
    ...matches.map((source) => ({
      id: `${id}-source-${source.id}`,
      label: source.name,
      detail: SOURCE_KIND_LABELS[source.kind],
      choice: { id: source.id, name: source.name, kind: source.kind } as HopSource,
    })),
    ...(name && !matches.some((source) => source.name.toLowerCase() === name.toLowerCase())
      ? NEW_SOURCE_KINDS.map((kind) => ({
          id: `${id}-new-${kind}`,
          label: `Create “${name}” as ${SOURCE_KIND_NOUNS[kind]}`,
          detail: 'New source',
          choice: { id: null, name, kind } as HopSource,
        }))
      : []),
  ];
  const activeIndex = Math.min(active, Math.max(0, options.length - 1));

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    switch (event.key) {
      case 'ArrowDown':
        setActive((activeIndex + 1) % Math.max(1, options.length));
        break;
      case 'ArrowUp':
        setActive((activeIndex - 1 + options.length) % Math.max(1, options.length));
        break;
      case 'Enter': {
        const option = options[activeIndex];
        if (option) onChoose(option.choice);
        break;
      }
      case 'Escape':
        onCancel('escape');
        break;
      default:
        return;
    }
    event.preventDefault();
    event.stopPropagation();
  };

  return (
    <div className="source-combobox">
      <input
        ref={inputRef}
        className="text-input text-input--compact"
        role="combobox"
        aria-label={label}
        aria-expanded={options.length > 0}
        aria-controls={`${id}-list`}
        aria-autocomplete="list"
        aria-activedescendant={options[activeIndex]?.id}
        placeholder="Search sources or type a new name"
        value={typed}
        onChange={(event) => {
          setTyped(event.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
        onBlur={(event) => {
          if (!event.currentTarget.parentElement?.contains(event.relatedTarget as Node | null)) onCancel('blur');
        }}
      />
      {options.length > 0 ? (
        <ul className="source-combobox__list" role="listbox" id={`${id}-list`} aria-label={`${label} options`}>
          {options.map((option, index) => (
            <li
              key={option.id}
              id={option.id}
              role="option"
              aria-selected={index === activeIndex}
              className={index === activeIndex ? 'source-combobox__option is-active' : 'source-combobox__option'}
              // Choosing with the pointer must not blur the input first (which would cancel).
              onMouseDown={(event) => event.preventDefault()}
              onMouseEnter={() => setActive(index)}
              onClick={() => onChoose(option.choice)}
            >
              <span className="source-combobox__name">{option.label}</span>
              <span className="source-combobox__detail">{option.detail}</span>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
