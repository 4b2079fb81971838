// One labelled form field: the label, the control, what is wrong with it and a line of help. Every
// form builds its fields from this, so a label is always tied to its control and an error is always
// announced the same way.
import type { ReactNode } from 'react';

export interface FieldProps {
  /** The control's id (the label points at it; the error and help are `${id}-error` / `${id}-help`). */
  id: string;
  label: ReactNode;
  help?: ReactNode;
  error?: string | undefined;
  /** Label read by screen readers only (the field's meaning is plain from what surrounds it). */
  hideLabel?: boolean;
  children: ReactNode;
}

export function Field({ id, label, help, error, hideLabel, children }: FieldProps) {
  return (
    <div className="st-field">
      <label className={hideLabel ? 'visually-hidden' : 'st-label'} htmlFor={id}>
        {label}
      </label>
      {children}
      {error && (
        <p className="st-field-error" id={`${id}-error`} role="alert">
          {error}
        </p>
      )}
      {help && (
        <p className="st-field-help" id={`${id}-help`}>
          {help}
        </p>
      )}
    </div>
  );
}

/** The aria attributes a control inside a Field carries, so its error and help are read with it. */
export function describedBy(id: string, error: string | undefined, help?: unknown) {
  const ids = [error ? `${id}-error` : null, help ? `${id}-help` : null].filter(Boolean).join(' ');
  return {
    id,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': ids === '' ? undefined : ids,
  } as const;
}
