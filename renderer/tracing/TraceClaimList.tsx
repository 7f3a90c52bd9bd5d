// Every claim that leans on a source: the quote, where it was published, how far its review has got,
// the verdict, and its chain of hops with the traced source picked out and each cue's stance named
// where it distances or endorses. The quote opens the claim in the reader; another source in a chain
// opens that source's trace.
import { useState } from 'react';

import type { RatingInUse } from '../../core/api/ratings.js';
import type { ClaimInContext, CueStance } from '../../core/domain.js';
import { HOP_KIND_LABELS } from '../../core/vocabulary/hop-kinds.js';
import { CUE_STANCE_HINTS, stanceNote } from '../../core/vocabulary/stances.js';
import { STATUS_LABELS } from '../../core/vocabulary/status-labels.js';
import { dispatch } from '../commands/app-commands.js';
import { CommentOrigin } from '../components/CommentOrigin.js';
import { Icon } from '../components/Icon.js';
import { countOf, formatDate } from '../format.js';
import { CHAIN_FLAG_LABELS } from './trace-labels.js';

interface TraceClaimListProps {
  claims: ClaimInContext[];
  /** The source being traced: its hops are picked out, and are not links to itself. */
  sourceId: string;
  ratings: readonly RatingInUse[] | undefined;
}

/** Long traces (TASS over a year of articles) are shown a page at a time. */
const PAGE = 100;

export function TraceClaimList({ claims, sourceId, ratings }: TraceClaimListProps) {
  const [shown, setShown] = useState(PAGE);
  const ratingById = new Map((ratings ?? []).map((rating) => [rating.id, rating]));
  return (
    <>
      <ul className="trace-claims" aria-label="Claims attributed to this source">
        {claims.slice(0, shown).map((claim) => (
          <TraceClaim
            key={claim.id}
            claim={claim}
            sourceId={sourceId}
            rating={claim.ratingId ? ratingById.get(claim.ratingId) : undefined}
          />
        ))}
      </ul>
      {claims.length > shown ? (
        <button type="button" className="button button--small trace-more" onClick={() => setShown((count) => count + PAGE)}>
          Show more ({countOf(claims.length - shown, 'claim')} left)
        </button>
      ) : null}
    </>
  );
}

function TraceClaim({ claim, sourceId, rating }: { claim: ClaimInContext; sourceId: string; rating: RatingInUse | undefined }) {
  const open = () => dispatch('open-claim', { documentId: claim.documentId, claimId: claim.id });
  const published = [claim.documentOutlet, claim.documentPublishedAt ? formatDate(claim.documentPublishedAt) : null]
    .filter(Boolean)
    .join(' · ');
  return (
    <li className={claim.chainFlag ? 'trace-claim is-flagged' : 'trace-claim'}>
      <div className="trace-claim__meta">
        <span className={`trace-status trace-status--${claim.status}`}>{STATUS_LABELS[claim.status]}</span>
        {rating ? (
          <span className="trace-verdict">
            <span className="trace-verdict__dot" style={{ background: rating.color }} aria-hidden="true" />
            {rating.label}
          </span>
        ) : (
          <span className="trace-verdict trace-verdict--none">No verdict</span>
        )}
        {claim.chainFlag ? (
          <span className="trace-flag">
            <Icon name="alert" size={13} />
            {CHAIN_FLAG_LABELS[claim.chainFlag]}
          </span>
        ) : null}
        {claim.orphaned ? <span className="badge badge--outline">Not found in text</span> : null}
      </div>
      <button type="button" className="trace-claim__quote" onClick={open} dir="auto">
        “{claim.quote}”
      </button>
      <p className="trace-claim__source">
        <span className="trace-claim__title" dir="auto">
          {claim.documentTitle}
        </span>
        {published ? <span className="trace-claim__published">{published}</span> : null}
        <CommentOrigin fromComment={claim.fromComment} />
      </p>
      <div className="trace-claim__foot">
        <ol className="chain" aria-label="Attribution chain">
          <li className="chain__step chain__step--document">{claim.documentOutlet?.trim() || 'This document'}</li>
          {claim.hops.length === 0 ? (
            <li className="chain__step chain__step--flagged">
              <Icon name="chevronRight" size={13} className="chain__arrow" />
              Unknown source
            </li>
          ) : (
            claim.hops.map((hop) => {
              const current = hop.sourceId === sourceId;
              const flagged = hop.sourceKind === 'unnamed';
              const classes = ['chain__step', current ? 'is-current' : '', flagged ? 'chain__step--flagged' : ''].filter(Boolean).join(' ');
              return (
                <li key={hop.id} className={classes} aria-current={current ? 'true' : undefined}>
                  <Icon name="chevronRight" size={13} className="chain__arrow" />
                  <span className="chain__kind">{HOP_KIND_LABELS[hop.kind]}</span>
                  {current ? (
                    <strong className="chain__name">{hop.sourceName}</strong>
                  ) : (
                    <button
                      type="button"
                      className="chain__name chain__link"
                      onClick={() => dispatch('open-source', { sourceId: hop.sourceId })}
                      title={`Trace ${hop.sourceName}`}
                    >
                      {hop.sourceName}
                    </button>
                  )}
                  <HopStance stance={hop.stance} />
                </li>
              );
            })
          )}
        </ol>
        <div className="trace-claim__actions">
          <button
            type="button"
            className="toolbar-button toolbar-button--compact"
            aria-label={`Chain graph of “${shorten(claim.quote)}”`}
            onClick={() => dispatch('open-graph', { claimId: claim.id, title: `“${shorten(claim.quote)}”` })}
          >
            <Icon name="graph" size={14} />
            Graph
          </button>
          <button
            type="button"
            className="toolbar-button toolbar-button--compact"
            onClick={open}
            aria-label={`Open “${shorten(claim.quote)}” in the reader`}
          >
            <Icon name="reader" size={14} />
            Open
          </button>
        </div>
      </div>
    </li>
  );
}

/** The cue's stance beside its hop, in words, when it distances or endorses ("claimed", "confirmed"). */
function HopStance({ stance }: { stance: CueStance | null }) {
  const note = stanceNote(stance);
  if (!note || !stance) return null;
  return (
    <span className={`cue-stance cue-stance--${stance}`} title={CUE_STANCE_HINTS[stance]}>
      {note}
    </span>
  );
}

function shorten(text: string): string {
  return text.length > 60 ? `${text.slice(0, 59).trimEnd()}…` : text;
}
