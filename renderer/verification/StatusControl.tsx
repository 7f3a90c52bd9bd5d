// The review workflow as four steps. Only the moves the workflow allows are enabled; while Done is
// out of reach, why (a step still to take, a rationale still to write) is written under the control,
// not left to a tooltip that keyboard and touch users never see.
import { useId } from 'react';

import type { ClaimStatus } from '../../core/domain.js';
import type { VerdictState } from '../../core/review/rationale.js';
import { statusChoices } from './status-choices.js';

interface StatusControlProps {
  state: VerdictState;
  busy: boolean;
  onMove: (status: ClaimStatus) => void;
}

export function StatusControl({ state, busy, onMove }: StatusControlProps) {
  const hintId = useId();
  const choices = statusChoices(state);
  const done = choices.find((choice) => choice.status === 'done');
  const doneBlockedBy = done && !done.current ? done.blockedBy : null;
  return (
    <div className="verification-status">
      <div className="status-steps" role="group" aria-label="Status" aria-describedby={doneBlockedBy ? hintId : undefined}>
        {choices.map((choice, index) => (
          <button
            key={choice.status}
            type="button"
            className={`status-step status-step--${choice.status}${choice.current ? ' is-current' : ''}`}
            aria-pressed={choice.current}
            disabled={busy || (!choice.current && choice.blockedBy !== null)}
            title={choice.current ? 'Current status' : (choice.blockedBy ?? `Move to ${choice.label.toLowerCase()}`)}
            aria-describedby={choice.status === 'done' && doneBlockedBy ? hintId : undefined}
            onClick={() => {
              if (!choice.current) onMove(choice.status);
            }}
          >
            <span className="status-step__index" aria-hidden="true">
              {index + 1}
            </span>
            {choice.label}
          </button>
        ))}
      </div>
      {doneBlockedBy ? (
        <p className="verification-hint status-hint" id={hintId}>
          <strong className="status-hint__label">Done</strong> is not available yet. {doneBlockedBy}
        </p>
      ) : null}
    </div>
  );
}
