// The review workflow as four steps. Only the moves the workflow allows are enabled; a move held
// back by the rationale rule says so beside the control rather than failing when clicked.
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
  const ruleHint = done && !done.current && state.status === 'in_review' ? done.blockedBy : null;
  return (
    <div className="verification-status">
      <div className="status-steps" role="group" aria-label="Status">
        {choices.map((choice, index) => (
          <button
            key={choice.status}
            type="button"
            className={`status-step status-step--${choice.status}${choice.current ? ' is-current' : ''}`}
            aria-pressed={choice.current}
            disabled={busy || (!choice.current && choice.blockedBy !== null)}
            title={choice.current ? 'Current status' : (choice.blockedBy ?? `Move to ${choice.label.toLowerCase()}`)}
            aria-describedby={choice.status === 'done' && ruleHint ? hintId : undefined}
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
      {ruleHint ? (
        <p className="verification-hint" id={hintId}>
          {ruleHint}
        </p>
      ) : null}
    </div>
  );
}
