// "Saved": the quiet confirmation a form shows after a write went through (settings sections,
// tool panels, secrets). One look everywhere; a status role so screen readers hear it.
import type { ReactNode } from 'react';
import styles from './SavedNote.module.css';

export function SavedNote({ children, as: Tag = 'span' }: { children: ReactNode; as?: 'span' | 'p' }) {
  return (
    <Tag className={styles.saved} role="status">
      {children}
    </Tag>
  );
}
