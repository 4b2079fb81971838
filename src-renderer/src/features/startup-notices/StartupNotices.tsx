// What start-up had to do about damaged configuration (a settings.json moved aside, a response
// rule disabled): the log says it too, but the user is looking here, and their forward targets or
// rules may be gone. Shown until dismissed for this session.
import { useState } from 'react';
import { PayloadText } from '../../components/PayloadText';
import styles from './StartupNotices.module.css';

export function StartupNotices({ notices }: { notices: readonly string[] }) {
  const [dismissed, setDismissed] = useState(false);
  if (dismissed || notices.length === 0) return null;
  return (
    <div
      className={`banner banner-warn ${styles['startup-notices']}`}
      role="alert"
      data-testid="startup-notices"
    >
      <strong>Hookscope repaired its configuration at start-up:</strong>
      <ul>
        {notices.map((notice) => (
          <li key={notice}>
            <PayloadText text={notice} />
          </li>
        ))}
      </ul>
      <button type="button" className="link-button" onClick={() => setDismissed(true)}>
        Dismiss
      </button>
    </div>
  );
}
