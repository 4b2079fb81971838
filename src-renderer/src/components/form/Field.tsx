// One labelled form field: the label, the control, what is wrong with it and a line of help. Every
// form builds its fields from this, so a label is always tied to its control and an error is always
// announced the same way.
import type { ReactNode } from 'react';
import { classes } from '../../lib/classes';
import styles from './form.module.css';

export interface FieldProps {
  /** The control's id (the label points at it; the error and help are `${id}-error` / `${id}-help`). */
  id: string;
  label: ReactNode;
  help?: ReactNode;
  error?: string | undefined;
  /** Label read by screen readers only (the field's meaning is plain from what surrounds it). */
  hideLabel?: boolean;
  /** Says "optional" after the label. */
  optional?: boolean;
  /** Shown after the label, on its line, not part of it (a state such as "Configured"). */
  badge?: ReactNode;
  /** The form's own layout for this field (width, spacing). */
  className?: string;
  children: ReactNode;
}

export function Field(props: FieldProps) {
  const { id, label, help, error, hideLabel, optional, badge, className, children } = props;
  const labelElement = (
    <label className={hideLabel ? 'visually-hidden' : styles.label} htmlFor={id}>
      {label}
      {optional && <span className={styles.optional}>optional</span>}
    </label>
  );
  return (
    <div className={classes(styles.field, className)}>
      {hideLabel && !badge ? (
        labelElement
      ) : (
        <div className={styles['label-row']}>
          {labelElement}
          {badge}
        </div>
      )}
      {children}
      {error && (
        <p className={styles.error} id={`${id}-error`} role="alert">
          {error}
        </p>
      )}
      {help && (
        <p className={styles.help} id={`${id}-help`}>
          {help}
        </p>
      )}
    </div>
  );
}

/** Fields side by side (wrapping when the window is narrow). */
export function FieldRow({ children }: { children: ReactNode }) {
  return <div className={styles.row}>{children}</div>;
}

/** Fields or choices under one legend. */
export function FieldGroup({
  legend,
  children,
  testId,
  className,
}: {
  legend: ReactNode;
  children: ReactNode;
  testId?: string;
  /** Layout of the group's contents (e.g. a grid of repeated rows). */
  className?: string;
}) {
  return (
    <fieldset className={classes(styles.group, className)} data-testid={testId}>
      <legend className={styles.legend}>{legend}</legend>
      {children}
    </fieldset>
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
