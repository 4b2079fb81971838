import { PayloadText } from '../../components/PayloadText';
import { methodClass, statusClass } from '../../lib/format';
import styles from './MethodBadge.module.css';

/** Method names come from the wire, so they are payload text too (a client may send any token). */
export function MethodBadge({ method, prominent = false }: { method: string; prominent?: boolean }) {
  return (
    <span
      className={`${styles.method} ${styles[`method-${methodClass(method)}`]}${prominent ? ` ${styles['method-prominent']}` : ''}`}
      data-testid="method-badge"
    >
      <PayloadText text={method} />
    </span>
  );
}

export function StatusBadge({ status, prominent = false }: { status: number; prominent?: boolean }) {
  return (
    <span
      className={`${styles.status} ${styles[`status-${statusClass(status)}`]}${prominent ? ` ${styles['status-prominent']}` : ''}`}
      data-testid="status-badge"
      title={status === 0 ? 'Client went away before the answer' : undefined}
    >
      {status === 0 ? '—' : status}
    </span>
  );
}
