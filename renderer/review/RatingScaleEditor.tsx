// The verdict scale, edited in place: rename, recolour, reorder, add and archive ratings. A rating
// in use is archived rather than deleted, so claims keep the verdict they were given.
import { type FormEvent, useEffect, useState } from 'react';

import type { RatingInUse } from '../../core/api/ratings.js';
import { call } from '../api-client.js';
import { useNotify } from '../components/Notifications.js';
import { countOf } from '../format.js';
import { errorText } from '../verification/evidence/form-parts.js';
import { useRatings } from '../verification/use-ratings.js';
import { moved, ratingKeyFor } from './rating-key.js';

const NEW_COLOR = '#64748b';

export function RatingScaleEditor() {
  const { ratings, reload } = useRatings();
  const notify = useNotify();
  const [label, setLabel] = useState('');
  const [color, setColor] = useState(NEW_COLOR);
  const [error, setError] = useState<string | null>(null);

  const attempt = async (action: () => Promise<unknown>) => {
    try {
      await action();
      setError(null);
      await reload();
    } catch (failure) {
      setError(errorText(failure));
    }
  };

  const ordered = [...(ratings ?? [])].sort((a, b) => a.ordinal - b.ordinal);
  const ids = ordered.map((rating) => rating.id);

  const add = (event: FormEvent) => {
    event.preventDefault();
    const name = label.trim();
    if (!name) return;
    void attempt(async () => {
      await call('ratings.create', {
        key: ratingKeyFor(
          name,
          ordered.map((r) => r.key),
        ),
        label: name,
        color,
      });
      setLabel('');
      setColor(NEW_COLOR);
      notify({ tone: 'info', title: `“${name}” added to the scale` });
    });
  };

  return (
    <section className="dashboard-card dashboard-card--wide" aria-label="Verdict scale">
      <h3 className="dashboard-card__title">Verdict scale</h3>
      <p className="dashboard-card__help">
        The order here is the order of the verdict picker and its number keys. Archived ratings stay on the claims that have them but are no
        longer offered.
      </p>
      <ol className="scale-editor">
        {ordered.map((rating, index) => (
          <ScaleRow
            key={rating.id}
            rating={rating}
            first={index === 0}
            last={index === ordered.length - 1}
            onRename={(next) => void attempt(() => call('ratings.update', { id: rating.id, patch: { label: next } }))}
            onRecolour={(next) => void attempt(() => call('ratings.update', { id: rating.id, patch: { color: next } }))}
            onMove={(step) => void attempt(() => call('ratings.reorder', { ids: moved(ids, rating.id, step) }))}
            onArchive={() => void attempt(() => call('ratings.archive', { id: rating.id, archived: !rating.archived }))}
          />
        ))}
      </ol>
      <form className="scale-editor__add" onSubmit={add} aria-label="Add a rating">
        <input
          type="color"
          className="scale-editor__color"
          aria-label="Colour of the new rating"
          value={color}
          onChange={(event) => setColor(event.target.value)}
        />
        <input
          className="text-input text-input--compact"
          aria-label="Label of the new rating"
          placeholder="New rating, e.g. Satire"
          value={label}
          onChange={(event) => setLabel(event.target.value)}
        />
        <button type="submit" className="button button--small" disabled={!label.trim()}>
          Add rating
        </button>
      </form>
      {error ? (
        <p className="vform__error" role="alert">
          {error}
        </p>
      ) : null}
    </section>
  );
}

interface ScaleRowProps {
  rating: RatingInUse;
  first: boolean;
  last: boolean;
  onRename: (label: string) => void;
  onRecolour: (color: string) => void;
  onMove: (step: -1 | 1) => void;
  onArchive: () => void;
}

const RECOLOUR_DELAY_MS = 400;

function ScaleRow({ rating, first, last, onRename, onRecolour, onMove, onArchive }: ScaleRowProps) {
  const [label, setLabel] = useState(rating.label);
  const [color, setColor] = useState(rating.color);
  // Dragging in the colour picker reports every shade on the way; only where it rests is saved.
  useEffect(() => {
    if (color === rating.color) return;
    const timer = setTimeout(() => onRecolour(color), RECOLOUR_DELAY_MS);
    return () => clearTimeout(timer);
  }, [color, rating.color, onRecolour]);
  const [shownFor, setShownFor] = useState(rating.label);
  // A rename from another window replaces the field, unless the reviewer is editing it.
  if (rating.label !== shownFor) {
    setShownFor(rating.label);
    setLabel(rating.label);
  }
  const commit = () => {
    const next = label.trim();
    if (next && next !== rating.label) onRename(next);
    else setLabel(rating.label);
  };
  return (
    <li className={`scale-editor__row${rating.archived ? ' is-archived' : ''}`}>
      <input
        type="color"
        className="scale-editor__color"
        aria-label={`Colour of ${rating.label}`}
        value={color}
        onChange={(event) => setColor(event.target.value)}
      />
      <input
        className="text-input text-input--compact scale-editor__label"
        aria-label={`Label of ${rating.label}`}
        value={label}
        onChange={(event) => setLabel(event.target.value)}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            commit();
          } else if (event.key === 'Escape') {
            setLabel(rating.label);
          }
        }}
      />
      <span className="scale-editor__usage">
        {rating.archived ? 'Archived · ' : ''}
        {countOf(rating.claimCount, 'claim')}
      </span>
      <button
        type="button"
        className="icon-button icon-button--small"
        aria-label={`Move ${rating.label} up`}
        disabled={first}
        onClick={() => onMove(-1)}
      >
        ↑
      </button>
      <button
        type="button"
        className="icon-button icon-button--small"
        aria-label={`Move ${rating.label} down`}
        disabled={last}
        onClick={() => onMove(1)}
      >
        ↓
      </button>
      <button type="button" className="text-button" onClick={onArchive}>
        {rating.archived ? 'Restore' : 'Archive'}
      </button>
    </li>
  );
}
