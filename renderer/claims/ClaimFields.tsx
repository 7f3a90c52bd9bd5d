// What the reviewer records about a claim: the statement as it should be checked, who claims it,
// what kind of claim it is, how much it matters to check, tags, and who on the desk checks it.
// Each field saves by itself.
import { useId } from 'react';

import { type Claim, CLAIM_KINDS, type ClaimKind } from '../../core/domain.js';
import { Icon } from '../components/Icon.js';
import { AssigneeField } from './AssigneeField.js';
import { CHECKWORTHINESS_LABELS, KIND_LABELS } from './claim-tones.js';
import { TagsInput } from './TagsInput.js';
import type { ClaimSaver } from './use-claim-saver.js';
import { usePendingValue } from './use-pending-value.js';
import { useTextDraft } from './use-text-draft.js';

export function ClaimFields({ claim, saver }: { claim: Claim; saver: ClaimSaver }) {
  const id = useId();
  const statement = useTextDraft(
    claim.statement,
    (value, session) => void saver.save({ statement: value }, `${claim.id}:statement:${session}`),
  );
  const claimant = useTextDraft(
    claim.claimant,
    (value, session) => void saver.save({ claimant: value }, `${claim.id}:claimant:${session}`),
  );
  const { errors } = saver;
  const [kind, setKind] = usePendingValue(claim.kind);
  const [worthiness, setWorthiness] = usePendingValue(claim.checkworthiness);
  const [tags, setTags] = usePendingValue(claim.tags);

  return (
    <div className="claim-fields">
      <div className="claim-field">
        <label className="claim-field__label" htmlFor={`${id}-statement`}>
          Statement
        </label>
        <textarea
          id={`${id}-statement`}
          className="text-input claim-field__statement"
          rows={3}
          dir="auto"
          placeholder="The claim in your words, as it will be checked"
          value={statement.value}
          onChange={(event) => statement.onChange(event.target.value)}
          onFocus={statement.onFocus}
          onBlur={statement.onBlur}
          aria-invalid={errors.statement ? true : undefined}
          aria-describedby={errors.statement ? `${id}-statement-error` : undefined}
        />
        {errors.statement ? (
          <p className="claim-field__error" id={`${id}-statement-error`}>
            {errors.statement}
          </p>
        ) : null}
      </div>
      <div className="claim-field">
        <label className="claim-field__label" htmlFor={`${id}-claimant`}>
          Claimant
        </label>
        <input
          id={`${id}-claimant`}
          className="text-input"
          dir="auto"
          placeholder="Who makes the claim"
          value={claimant.value}
          onChange={(event) => claimant.onChange(event.target.value)}
          onFocus={claimant.onFocus}
          onBlur={claimant.onBlur}
          aria-invalid={errors.claimant ? true : undefined}
          aria-describedby={errors.claimant ? `${id}-claimant-error` : undefined}
        />
        {errors.claimant ? (
          <p className="claim-field__error" id={`${id}-claimant-error`}>
            {errors.claimant}
          </p>
        ) : null}
      </div>
      <div className="claim-fields__row">
        <div className="claim-field">
          <label className="claim-field__label" htmlFor={`${id}-kind`}>
            Kind
          </label>
          <span className="select-field">
            <select
              id={`${id}-kind`}
              value={kind}
              onChange={(event) => {
                const next = event.target.value as ClaimKind;
                setKind(next);
                void saver.save({ kind: next }).then((saved) => saved || setKind(claim.kind));
              }}
            >
              {CLAIM_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {KIND_LABELS[kind]}
                </option>
              ))}
            </select>
            <Icon name="chevronDown" size={14} className="select-field__chevron" />
          </span>
        </div>
        <fieldset className="claim-field claim-field--worthiness">
          <legend className="claim-field__label">Check-worthiness</legend>
          <div className="worthiness">
            {[null, 0, 1, 2, 3].map((level) => (
              <label
                key={level ?? 'none'}
                className="worthiness__option"
                title={level === null ? 'Not judged yet' : `${level} — ${CHECKWORTHINESS_LABELS[level]}`}
              >
                <input
                  type="radio"
                  name={`${id}-worthiness`}
                  checked={worthiness === level}
                  onChange={() => {
                    setWorthiness(level);
                    void saver.save({ checkworthiness: level }).then((saved) => saved || setWorthiness(claim.checkworthiness));
                  }}
                  aria-label={level === null ? 'Not judged' : `${level}: ${CHECKWORTHINESS_LABELS[level]}`}
                />
                <span>{level === null ? '–' : level}</span>
              </label>
            ))}
          </div>
        </fieldset>
      </div>
      <TagsInput
        tags={tags}
        onChange={(next) => {
          setTags(next);
          void saver.save({ tags: next }).then((saved) => saved || setTags(claim.tags));
        }}
        error={errors.tags}
      />
      <AssigneeField claim={claim} saver={saver} />
    </div>
  );
}
