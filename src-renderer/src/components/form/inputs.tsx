// The controls of the form kit. They take react-hook-form's `register(...)` spread (ref included)
// like a plain element, so a form is the kit's controls plus its schema.
import type {
  InputHTMLAttributes,
  ReactNode,
  Ref,
  SelectHTMLAttributes,
  TextareaHTMLAttributes,
} from 'react';
import { classes } from '../../lib/classes';
import { Icon } from '../Icon';
import { PayloadText } from '../PayloadText';
import styles from './form.module.css';

type InputProps = InputHTMLAttributes<HTMLInputElement> & { ref?: Ref<HTMLInputElement> };

/** How a text input or a select sits: in a form (full width, under its label) or compact (sized
 *  by its content, beside its neighbours in a toolbar or after a label). A filter says whether it
 *  is set (`active`): tinted when set, muted when not, so a narrowed list never passes for the
 *  whole history; a control that is not a filter leaves `active` out. */
interface ControlLook {
  compact?: boolean;
  active?: boolean;
}

function look({ compact, active }: ControlLook) {
  return [
    compact && styles.compact,
    active === true && styles['filter-set'],
    active === false && styles['filter-unset'],
  ];
}

/** A one-line text input; `mono` for values that are code (URLs, tokens, header names). */
export function TextInput({
  mono = true,
  compact,
  active,
  className,
  ...props
}: InputProps & ControlLook & { mono?: boolean }) {
  return (
    <input
      spellCheck={false}
      autoComplete="off"
      {...props}
      className={classes(styles.control, ...look({ compact, active }), mono && 'mono', className)}
    />
  );
}

/** A password-style input for secrets: never autocompleted, never spell-checked. */
export function SecretInput({ className, ...props }: Omit<InputProps, 'type'>) {
  return (
    <input
      type="password"
      spellCheck={false}
      autoComplete="off"
      maxLength={4096}
      {...props}
      className={classes(styles.control, 'mono', className)}
    />
  );
}

export function SelectInput({
  compact,
  active,
  className,
  ...props
}: SelectHTMLAttributes<HTMLSelectElement> & ControlLook & { ref?: Ref<HTMLSelectElement> }) {
  return (
    <select
      {...props}
      className={classes(styles.control, styles.select, ...look({ compact, active }), className)}
    />
  );
}

/** Several lines of code-like text (bodies, pasted headers). */
export function TextArea({
  className,
  ...props
}: TextareaHTMLAttributes<HTMLTextAreaElement> & { ref?: Ref<HTMLTextAreaElement> }) {
  return (
    <textarea
      spellCheck={false}
      {...props}
      className={classes(styles.control, styles.textarea, 'mono', className)}
    />
  );
}

/** A checkbox with its label after it. */
export function CheckboxField({ label, ...props }: Omit<InputProps, 'type'> & { label: ReactNode }) {
  return (
    <label className={styles.choice}>
      <input type="checkbox" {...props} />
      {label}
    </label>
  );
}

/** A radio button with its label after it. */
export function RadioField({ label, ...props }: Omit<InputProps, 'type'> & { label: ReactNode }) {
  return (
    <label className={styles.choice}>
      <input type="radio" {...props} />
      {label}
    </label>
  );
}

/** What went wrong with the whole form (the API refused it, the network failed). */
export function FormError({ message, testId }: { message: string | null | undefined; testId?: string }) {
  if (!message) return null;
  return (
    <p className={styles['form-error']} role="alert" data-testid={testId}>
      <PayloadText text={message} />
    </p>
  );
}

/** A form's buttons (Cancel, Save…), at its end. */
export function FormActions({ children, className }: { children: ReactNode; className?: string }) {
  return <div className={classes(styles.actions, className)}>{children}</div>;
}

/** Removes one row of a repeated group (a forward target, a response rule). */
export function RemoveRowButton({
  label,
  title,
  onClick,
}: {
  label: string;
  title: string;
  onClick(): void;
}) {
  return (
    <button
      type="button"
      className="btn btn-ghost btn-icon"
      aria-label={label}
      title={title}
      onClick={onClick}
    >
      <Icon name="trash" />
    </button>
  );
}
