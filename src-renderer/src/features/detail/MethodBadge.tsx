import { PayloadText } from '../../components/PayloadText';
import { methodClass, statusClass } from '../../lib/format';

/** Method names come from the wire, so they are payload text too (a client may send any token). */
export function MethodBadge({ method }: { method: string }) {
  return (
    <span className={`method method-${methodClass(method)}`}>
      <PayloadText text={method} />
    </span>
  );
}

export function StatusBadge({ status }: { status: number }) {
  return (
    <span
      className={`status status-${statusClass(status)}`}
      title={status === 0 ? 'Client went away before the answer' : undefined}
    >
      {status === 0 ? '—' : status}
    </span>
  );
}
