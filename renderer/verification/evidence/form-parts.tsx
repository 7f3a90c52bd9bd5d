// Labelled fields and the error line shared by the evidence forms.
import { useId, type ReactNode } from 'react';
import { ClientError } from '../../api-client.js';

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
