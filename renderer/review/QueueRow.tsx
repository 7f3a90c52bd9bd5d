// One claim in the review queue: the quote, where it comes from, how far its review has got and
// who on the desk it is assigned to.
import type { ReviewQueueItem } from '../../core/api/review.js';
import { STATUS_LABELS } from '../../core/vocabulary/status-labels.js';
import { CommentOrigin } from '../components/CommentOrigin.js';
import { Icon } from '../components/Icon.js';
import { countOf } from '../format.js';

export const QUEUE_ROW_HEIGHT = 76;

export function QueueRow({ item }: { item: ReviewQueueItem }) {
  return (
    <div className="list-row queue-row">
      <div className="queue-row__quote">{item.quote}</div>
      <div className="list-row__secondary queue-row__meta">
        <span className={`status-badge status-badge--${item.status}`}>{STATUS_LABELS[item.status]}</span>
        {item.rating ? (
          <span className="verdict-badge">
            <span className="verdict-swatch verdict-swatch--small" style={{ background: item.rating.color }} aria-hidden="true" />
            {item.rating.label}
          </span>
        ) : (
          <span className="verdict-badge verdict-badge--none">No verdict</span>
        )}
        <span className="queue-row__document">{item.documentTitle}</span>
        <CommentOrigin fromComment={item.fromComment} compact />
        <span className="queue-row__aside">{countOf(item.evidenceCount, 'evidence item', 'evidence items')}</span>
        <span
          className={item.assignee ? 'queue-row__assignee' : 'queue-row__assignee queue-row__assignee--none'}
          title={item.lastActor ? `Last changed by ${item.lastActor}` : undefined}
        >
          <Icon name="person" size={12} />
          <span className="queue-row__assignee-name">{item.assignee ?? 'Unassigned'}</span>
        </span>
      </div>
    </div>
  );
}
