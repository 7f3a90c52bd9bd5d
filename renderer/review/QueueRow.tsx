// One claim in the review queue: the quote, who said it and through whom it reached the document,
// where it comes from, how far its review has got and who on the desk it is assigned to.
import type { ReviewQueueItem } from '../../core/api/review.js';
import { chainLine } from '../../core/claims/chain-line.js';
import { ORIGIN_FLAG_HINTS, ORIGIN_FLAG_LABELS, originsLine } from '../../core/vocabulary/origins.js';
import { STATUS_LABELS } from '../../core/vocabulary/status-labels.js';
import { CommentOrigin } from '../components/CommentOrigin.js';
import { Icon } from '../components/Icon.js';
import { countOf } from '../format.js';

/** Every row is this tall, so the list can be virtualised: a two-line quote and two lines of details. */
export const QUEUE_ROW_HEIGHT = 96;

export function QueueRow({ item }: { item: ReviewQueueItem }) {
  return (
    <div className="list-row queue-row">
      <div className="queue-row__quote">{item.quote}</div>
      <QueueRowAttribution item={item} />
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
        {item.origins.flag ? (
          <span
            className="badge badge--state queue-row__origin"
            title={`${ORIGIN_FLAG_HINTS[item.origins.flag]} (${originsLine(item.origins)})`}
          >
            {ORIGIN_FLAG_LABELS[item.origins.flag]}
          </span>
        ) : null}
        {item.revised ? (
          <span className="badge badge--outline" title="A later version of the article reworded, took out or moved these words">
            Changed
          </span>
        ) : null}
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

/** The speaker and the chain, one line: "Naji Mustafa · AFP → NLF spokesman Naji Mustafa". */
function QueueRowAttribution({ item }: { item: ReviewQueueItem }) {
  const speaker = item.claimant.trim();
  const chain = chainLine(item.hops);
  // A chain that ends in an unnamed source, or has no hops, needs a second look, as in the trace.
  const flagged = item.chainFlag !== null;
  return (
    <div className="list-row__secondary queue-row__attribution">
      <span className={speaker ? 'queue-row__speaker' : 'queue-row__speaker queue-row__speaker--none'} title={speaker || undefined}>
        <span className="visually-hidden">Speaker: </span>
        {speaker || 'No speaker named'}
      </span>
      <span className="queue-row__separator" aria-hidden="true">
        ·
      </span>
      <span className={flagged ? 'queue-row__chain queue-row__chain--flagged' : 'queue-row__chain'} title={chain || undefined}>
        <span className="visually-hidden">Chain: </span>
        {chain || 'No attribution chain'}
        {item.chainFlag === 'unnamed' ? <span className="visually-hidden"> (ends in an unnamed source)</span> : null}
      </span>
    </div>
  );
}
