// The one search box: a magnifier, a text field that fills the toolbar, and an optional hint (a
// shortcut key) while it is empty. The capture search and the conversations search are both this;
// their filtering and key handling stay with them.
import type { InputHTMLAttributes, ReactNode, Ref } from 'react';
import { classes } from '../../lib/classes';
import { Icon } from '../Icon';
import styles from './SearchInput.module.css';

type SearchInputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'type'> & {
  ref?: Ref<HTMLInputElement>;
  /** What is searched, for screen readers (the placeholder is not a label). */
  label: string;
  /** Shown at the end of the box while nothing is typed, e.g. the key that focuses it. */
  hint?: ReactNode;
};

export function SearchInput({ label, hint, className, value, ...props }: SearchInputProps) {
  const empty = value === undefined || value === '';
  return (
    <label className={classes(styles.box, className)}>
      <Icon name="search" />
      <span className="visually-hidden">{label}</span>
      <input
        type="search"
        spellCheck={false}
        autoComplete="off"
        value={value}
        {...props}
        className={styles.input}
      />
      {hint && empty && (
        <span className={styles.hint} aria-hidden="true">
          {hint}
        </span>
      )}
    </label>
  );
}
