// The controls of the form kit. They take react-hook-form's `register(...)` spread (ref included)
// like a plain element, so a form is the kit's controls plus its schema.
import type { InputHTMLAttributes, ReactNode, Ref, SelectHTMLAttributes } from 'react';

type InputProps = InputHTMLAttributes<HTMLInputElement> & { ref?: Ref<HTMLInputElement> };

/** A one-line text input; `mono` for values that are code (URLs, tokens, header names). */
export function TextInput({ mono = true, className, ...props }: InputProps & { mono?: boolean }) {
  const classes = ['tn-field-input', mono ? 'mono' : null, className].filter(Boolean).join(' ');
  return <input spellCheck={false} autoComplete="off" {...props} className={classes} />;
}

export function SelectInput({
  className,
  ...props
}: SelectHTMLAttributes<HTMLSelectElement> & { ref?: Ref<HTMLSelectElement> }) {
  return <select {...props} className={['rp-select', className].filter(Boolean).join(' ')} />;
}

/** A checkbox with its label after it. */
export function CheckboxField({ label, ...props }: Omit<InputProps, 'type'> & { label: ReactNode }) {
  return (
    <label className="tn-field-check">
      <input type="checkbox" {...props} />
      {label}
    </label>
  );
}

/** What went wrong with the whole form (the API refused it, the network failed). */
export function FormError({ message, testId }: { message: string | null | undefined; testId?: string }) {
  if (!message) return null;
  return (
    <p className="st-error" role="alert" data-testid={testId}>
      {message}
    </p>
  );
}
