// One passage of another document that says the same thing as the claim: which document, when it
// was published, how close the wording is, and the words themselves. Clicking the words opens the
// document there; the "Open in reader" button does the same from the keyboard.
import type { ReactNode } from 'react';

import { dispatch } from '../../commands/app-commands.js';
import { Icon } from '../../components/Icon.js';
import { isExact, publishedLabel, similarityLabel } from './appearance-labels.js';

export interface PassageCardProps {
  /** The card's accessible name, so a list of cards reads as a list of documents. */
  label: string;
  documentId: string;
  documentTitle: string;
  publishedAt: string | null;
  quote: string;
  start: number;
  end: number;
  score: number;
  linked?: boolean;
  /** The card's own buttons, after "Open in reader". */
  children: ReactNode;
}

export function PassageCard({
  label,
  documentId,
  documentTitle,
  publishedAt,
  quote,
  start,
  end,
  score,
  linked,
  children,
}: PassageCardProps) {
  const open = () => dispatch('open-passage', { documentId, start, end });
  return (
    <article className={linked ? 'appearance-card is-linked' : 'appearance-card'} aria-label={label}>
      <div className="appearance-card__head">
        <Icon name="document" size={14} className="appearance-card__icon" />
        <span className="appearance-card__title" title={documentTitle}>
          {documentTitle}
        </span>
        <span className={`badge appearance-score appearance-score--${isExact(score) ? 'exact' : 'near'}`}>{similarityLabel(score)}</span>
      </div>
      <p className={publishedAt ? 'appearance-card__date' : 'appearance-card__date is-undated'}>{publishedLabel(publishedAt)}</p>
      {/* The button below is the keyboard's way to the same place; this is a larger target for the pointer. */}
      <blockquote className="appearance-card__quote" dir="auto" onClick={open} title="Open in reader at this passage">
        {quote}
      </blockquote>
      <div className="appearance-card__actions">
        <button type="button" className="text-button" onClick={open}>
          Open in reader
        </button>
        {children}
      </div>
    </article>
  );
}
