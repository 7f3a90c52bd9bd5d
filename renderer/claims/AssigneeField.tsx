// Who the claim is assigned to: a name typed or picked from the reviewers the workbench knows, or
// "Assign to me" with the reviewer name from settings. A name is saved when the reviewer picks a
// suggestion, presses Enter or leaves the field, never half-typed: every save is a history line
// and every saved name becomes a suggestion.
import { type ChangeEvent, type KeyboardEvent, useEffect, useId, useRef, useState } from 'react';

import type { Claim } from '../../core/domain.js';
import { cleanAssignee, sameReviewer } from '../../core/review/assignee.js';
import { dispatch } from '../commands/app-commands.js';
import { Icon } from '../components/Icon.js';
import { useReviewers } from '../review/use-reviewers.js';
import type { ClaimSaver } from './use-claim-saver.js';

export function AssigneeField({ claim, saver }: { claim: Claim; saver: ClaimSaver }) {
  const id = useId();
  const { names, me } = useReviewers();
  const saved = claim.assignee ?? '';
  const [typed, setTyped] = useState(saved);
  const editing = useRef(false);
  // What was last sent, so Enter followed by leaving the field saves (and adds an undo step) once.
  const sent = useRef(claim.assignee);
  const [needsName, setNeedsName] = useState(false);
  const error = saver.errors.assignee;

  useEffect(() => {
    sent.current = claim.assignee;
    if (!editing.current) setTyped(saved);
  }, [claim.assignee, saved]);
  useEffect(() => setNeedsName(false), [claim.id, me]);

  const assign = (value: string | null) => {
    const next = cleanAssignee(value);
    setTyped(next ?? '');
    if (next === sent.current) return;
    sent.current = next;
    void saver.save({ assignee: next }).then((ok) => {
      if (ok) return;
      sent.current = claim.assignee;
      setTyped(claim.assignee ?? '');
    });
  };

  const onChange = (event: ChangeEvent<HTMLInputElement>) => {
    editing.current = true;
    setTyped(event.target.value);
    // Picking a suggestion replaces the text in one go; that choice is complete, so it is saved.
    if ((event.nativeEvent as InputEvent).inputType === 'insertReplacementText') assign(event.target.value);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      assign(typed);
    } else if (event.key === 'Escape' && typed !== saved) {
      event.preventDefault();
      event.stopPropagation();
      setTyped(saved);
    }
  };

  const mine = me !== null && me !== '' && sameReviewer(claim.assignee, me);
  const assignToMe = () => {
    if (me === null) return;
    if (me === '') setNeedsName(true);
    else assign(me);
  };

  return (
    <div className="claim-field assignee-field">
      <label className="claim-field__label" htmlFor={`${id}-assignee`}>
        Assigned to
      </label>
      <div className="assignee-field__row">
        <span className="assignee-field__input">
          <Icon name="person" size={14} className="assignee-field__icon" />
          <input
            id={`${id}-assignee`}
            className="text-input"
            list={`${id}-reviewers`}
            dir="auto"
            autoComplete="off"
            placeholder="Unassigned"
            value={typed}
            onChange={onChange}
            onKeyDown={onKeyDown}
            onFocus={() => {
              editing.current = true;
            }}
            onBlur={() => {
              editing.current = false;
              assign(typed);
            }}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-assignee-error` : needsName ? `${id}-assignee-hint` : undefined}
          />
          <datalist id={`${id}-reviewers`}>
            {names.map((name) => (
              <option key={name} value={name} />
            ))}
          </datalist>
        </span>
        {mine ? (
          <button type="button" className="button button--small" onClick={() => assign(null)}>
            Unassign
          </button>
        ) : (
          <button type="button" className="button button--small" onClick={assignToMe} disabled={me === null}>
            Assign to me
          </button>
        )}
      </div>
      {error ? (
        <p className="claim-field__error" id={`${id}-assignee-error`}>
          {error}
        </p>
      ) : null}
      {needsName ? (
        <p className="assignee-field__hint" id={`${id}-assignee-hint`} role="status">
          <span>Set your reviewer name in Settings first; it is the name claims are assigned to.</span>
          <button type="button" className="text-button" onClick={() => dispatch('open-settings')}>
            Open Settings
          </button>
        </p>
      ) : null}
    </div>
  );
}
