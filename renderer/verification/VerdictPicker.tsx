// The verdict as a row of ratings from the editable scale. It is one radio group: arrow keys move
// between ratings, and while it has the focus the number keys pick one directly (0 for no verdict).
import { type KeyboardEvent, useRef } from 'react';

import type { Rating } from '../../core/domain.js';
import { assignableRatings, verdictForKey } from './verdict-keys.js';

interface VerdictPickerProps {
  ratings: readonly Rating[];
  ratingId: string | null;
  busy: boolean;
  onChoose: (ratingId: string | null) => void;
}

interface Option {
  id: string | null;
  label: string;
  color: string | null;
  key: string | null;
  archived: boolean;
}

export function VerdictPicker({ ratings, ratingId, busy, onChoose }: VerdictPickerProps) {
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const scale = assignableRatings(ratings);
  const options: Option[] = scale.map((rating, index) => ({
    id: rating.id,
    label: rating.label,
    color: rating.color,
    key: index < 9 ? String(index + 1) : null,
    archived: false,
  }));
  // A claim keeps a verdict whose rating was archived later; it is shown, but no longer offered.
  const kept = ratingId ? ratings.find((rating) => rating.id === ratingId && rating.archived) : undefined;
  if (kept) options.push({ id: kept.id, label: kept.label, color: kept.color, key: null, archived: true });
  options.push({ id: null, label: 'No verdict', color: null, key: '0', archived: false });

  const selectedIndex = Math.max(
    0,
    options.findIndex((option) => option.id === ratingId),
  );

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    // The review queue hears number keys first and sets the verdict itself.
    if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
    const choice = verdictForKey(ratings, event.key);
    if (choice) {
      event.preventDefault();
      if (busy) return;
      // The queue hears the same keys; the picker has already acted on this one.
      event.stopPropagation();
      onChoose(choice.kind === 'none' ? null : choice.rating.id);
      return;
    }
    const step =
      event.key === 'ArrowRight' || event.key === 'ArrowDown' ? 1 : event.key === 'ArrowLeft' || event.key === 'ArrowUp' ? -1 : 0;
    if (step === 0) return;
    event.preventDefault();
    event.stopPropagation();
    const current = buttons.current.findIndex((button) => button === document.activeElement);
    const next = (Math.max(current, 0) + step + options.length) % options.length;
    buttons.current[next]?.focus();
  };

  return (
    <div className="verdict-picker" role="radiogroup" aria-label="Verdict" onKeyDown={onKeyDown}>
      {options.map((option, index) => {
        const checked = option.id === ratingId;
        return (
          <button
            key={option.id ?? 'none'}
            ref={(element) => {
              buttons.current[index] = element;
            }}
            type="button"
            role="radio"
            aria-checked={checked}
            aria-keyshortcuts={option.key ?? undefined}
            tabIndex={index === selectedIndex ? 0 : -1}
            className={`verdict-option${checked ? ' is-checked' : ''}${option.archived ? ' is-archived' : ''}`}
            aria-disabled={busy && !checked ? true : undefined}
            onClick={() => {
              // Not disabled while a change is saved: a disabled button would drop the keyboard focus.
              if (!busy && !checked && !option.archived) onChoose(option.id);
            }}
          >
            <span
              className={option.color ? 'verdict-swatch' : 'verdict-swatch verdict-swatch--none'}
              style={option.color ? { background: option.color } : undefined}
              aria-hidden="true"
            />
            <span className="verdict-option__label">
              {option.label}
              {option.archived ? <span className="visually-hidden"> (archived)</span> : null}
            </span>
            {option.key ? (
              <kbd className="verdict-option__key" aria-hidden="true">
                {option.key}
              </kbd>
            ) : null}
          </button>
        );
      })}
    </div>
  );
}
