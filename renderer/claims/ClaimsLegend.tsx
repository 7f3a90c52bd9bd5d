// What the colours of the claims in the reader mean, behind a "Legend" button in the claims bar:
// laid out in the bar it wrapped over undo and redo in a narrow reader. A native popover brings
// Escape, a click outside and a second press of the button to close it, and sits above the panes.
import { useId, useState } from 'react';

import type { RatingInUse } from '../../core/api/ratings.js';
import type { Claim, ClaimStatus } from '../../core/domain.js';
import { CLAIM_STATUSES } from '../../core/domain.js';
import { STATUS_LABELS } from '../../core/vocabulary/status-labels.js';
import { Icon } from '../components/Icon.js';
import { verdictsInUse } from './claim-tones.js';

const statusColour = (status: ClaimStatus) => `var(--claim-status-${status.replace('_', '-')})`;

export function ClaimsLegend({ claims, ratings }: { claims: readonly Claim[]; ratings: readonly RatingInUse[] }) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const verdicts = verdictsInUse(claims, ratings);
  // A claim takes its verdict's colour once it has one, its status's colour until then.
  const statusesInUse = new Set<ClaimStatus>(claims.filter((claim) => claim.ratingId === null).map((claim) => claim.status));
  const inUse = (status: ClaimStatus) => claims.length === 0 || statusesInUse.has(status);

  return (
    <>
      <button
        type="button"
        className={`toolbar-button claims-legend__button${open ? ' is-active' : ''}`}
        popoverTarget={`${id}-legend`}
        aria-controls={`${id}-legend`}
        aria-expanded={open}
        title="What the colours mean"
      >
        <span className="claims-legend__preview" aria-hidden="true">
          {CLAIM_STATUSES.filter(inUse)
            .slice(0, 3)
            .map((status) => (
              <span key={status} className="claims-legend__swatch" style={{ ['--claim-color' as string]: statusColour(status) }} />
            ))}
        </span>
        Legend
        <Icon name="chevronDown" size={13} />
      </button>
      <div
        id={`${id}-legend`}
        className="claims-legend"
        popover="auto"
        role="group"
        aria-labelledby={`${id}-legend-title`}
        onToggle={(event) => setOpen(event.newState === 'open')}
      >
        <h3 className="claims-legend__title" id={`${id}-legend-title`}>
          What the colours mean
        </h3>
        <p className="claims-legend__note">A claim is marked in its verdict’s colour once it has one, in its status’s colour until then.</p>
        <h4 className="claims-legend__heading" id={`${id}-statuses`}>
          Status
        </h4>
        <ul className="claims-legend__list" aria-labelledby={`${id}-statuses`}>
          {CLAIM_STATUSES.map((status) => (
            <li key={status} className={inUse(status) ? 'claims-legend__item' : 'claims-legend__item is-unused'}>
              <span className="claims-legend__swatch" style={{ ['--claim-color' as string]: statusColour(status) }} />
              {STATUS_LABELS[status]}
              {inUse(status) ? null : <span className="claims-legend__none">none here</span>}
            </li>
          ))}
        </ul>
        {verdicts.length > 0 ? (
          <>
            <h4 className="claims-legend__heading" id={`${id}-verdicts`}>
              Verdict
            </h4>
            <ul className="claims-legend__list" aria-labelledby={`${id}-verdicts`}>
              {verdicts.map((rating) => (
                <li key={rating.id} className="claims-legend__item">
                  <span className="claims-legend__swatch" style={{ ['--claim-color' as string]: rating.color }} />
                  {rating.label}
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </div>
    </>
  );
}
