// Labelled fields, the stance, the error line and the buttons shared by the evidence forms.
import { type ReactNode, useId } from 'react';

import type { EvidenceStance } from '../../../core/domain.js';
import { ClientError } from '../../api-client.js';
import { StancePicker } from './StancePicker.js';

export function FormField({ label, optional, children }: { label: string; optional?: boolean; children: (id: string) => ReactNode }) {
  const id = useId();
  return (
    <div className="vfield">
      <label className="vfield__label" htmlFor={id}>
        {label}
        {optional ? <span className="vfield__optional"> (optional)</span> : null}
      </label>
      {children(id)}
    </div>
  );
}

export function FormError({ message }: { message: string | null }) {
  if (!message) return null;
  return (
    <p className="vform__error" role="alert">
      {message}
    </p>
  );
}

/** What went wrong, for a form to show beside the fields. */
export function errorText(error: unknown): string {
  if (error instanceof ClientError) return error.message;
  return error instanceof Error ? error.message : String(error);
}

/** The end of every evidence form: how the evidence bears on the claim, what went wrong, Cancel and submit. */
export function FormEnd(props: {
  stance: EvidenceStance;
  onStance: (stance: EvidenceStance) => void;
  error: string | null;
  onCancel: () => void;
  submitLabel: ReactNode;
  canSubmit: boolean;
}) {
  return (
    <>
      <StancePicker value={props.stance} onChange={props.onStance} />
      <FormError message={props.error} />
      <div className="vform__actions">
        <button type="button" className="button button--small" onClick={props.onCancel}>
          Cancel
        </button>
        <button type="submit" className="button button--small button--primary" disabled={!props.canSubmit}>
          {props.submitLabel}
        </button>
      </div>
    </>
  );
}
