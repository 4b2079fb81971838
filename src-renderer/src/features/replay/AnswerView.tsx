// One HTTP answer — what the receiver told the provider, or what a handler told Hookscope — as a
// status line, headers and body; or, when no answer came, the reason in plain words.
import { useMemo, useState } from 'react';
import type { SendOutcome } from '@shared/replay-types';
import type { HeaderPair } from '@shared/types';
import { CopyButton } from '../../components/CopyButton';
import { Icon } from '../../components/Icon';
import { PairsTable, pairsAsText } from '../../components/PairsTable';
import { PayloadText } from '../../components/PayloadText';
import { base64ToBytes } from '../../lib/bytes';
import { formatBytes } from '../../lib/format';
import { StatusBadge } from '../detail/MethodBadge';
import { base64ToText, prettyIfJson } from './body-codec';
import { plainError } from './outcome-text';
import styles from './answer.module.css';

/** Bodies longer than this are cut for display (copy still gives the whole text). */
const SHOWN_CHARS = 64 * 1024;

export function AnswerBody({ bodyBase64, label }: { bodyBase64: string; label: string }) {
  const view = useMemo(() => {
    if (bodyBase64 === '') return { kind: 'empty' as const };
    const text = base64ToText(bodyBase64);
    if (text === null) return { kind: 'binary' as const, size: base64ToBytes(bodyBase64).length };
    const pretty = prettyIfJson(text);
    return { kind: 'text' as const, text, pretty };
  }, [bodyBase64]);
  if (view.kind === 'empty') return <p className={styles.empty}>No body</p>;
  if (view.kind === 'binary')
    return (
      <div className={styles['body-box']}>
        <p className={styles.empty}>
          {formatBytes(view.size)} of binary data
          <CopyButton label="Copy as base64" getText={() => bodyBase64} />
        </p>
      </div>
    );
  const cut = view.pretty.length > SHOWN_CHARS;
  return (
    <div className={styles['body-box']}>
      <CopyButton label={`Copy ${label}`} getText={() => view.text} className={styles['body-copy']} />
      <pre className={`${styles.body} mono`} aria-label={label} data-testid="answer-body">
        <PayloadText text={cut ? view.pretty.slice(0, SHOWN_CHARS) : view.pretty} />
      </pre>
      {cut && (
        <p className={styles.note}>Showing the first {formatBytes(SHOWN_CHARS)}; copy for the whole body.</p>
      )}
    </div>
  );
}

function HeadersDisclosure({ headers, label }: { headers: readonly HeaderPair[]; label: string }) {
  const [open, setOpen] = useState(false);
  if (headers.length === 0) return <p className={styles.empty}>No headers</p>;
  return (
    <div className={styles.headers}>
      <div className={styles['headers-bar']}>
        <button
          type="button"
          className={styles.disclosure}
          aria-expanded={open}
          onClick={() => setOpen((o) => !o)}
        >
          <Icon name={open ? 'chevronDown' : 'chevronRight'} size={12} />
          {headers.length} header{headers.length === 1 ? '' : 's'}
        </button>
        {open && <CopyButton label="Copy headers" getText={() => pairsAsText(headers)} />}
      </div>
      {open && <PairsTable pairs={headers} label={label} />}
    </div>
  );
}

interface AnswerViewProps {
  status: number;
  statusText?: string;
  headers: readonly HeaderPair[];
  bodyBase64: string;
  /** Small facts after the status (latency, size, truncation). */
  meta?: React.ReactNode;
  label: string;
}

export function AnswerView({ status, statusText, headers, bodyBase64, meta, label }: AnswerViewProps) {
  return (
    <div className={styles.answer}>
      <div className={styles['status-line']}>
        <StatusBadge status={status} prominent />
        {statusText && <PayloadText text={statusText} className={styles['status-text']} />}
        {meta}
      </div>
      <HeadersDisclosure headers={headers} label={`${label} headers`} />
      <AnswerBody bodyBase64={bodyBase64} label={`${label} body`} />
    </div>
  );
}

/** What a forward target / replay / test event got back, or why it got nothing. */
export function OutcomeView({ outcome, label }: { outcome: SendOutcome; label: string }) {
  const problem = plainError(outcome);
  if (!outcome.response || problem) {
    return (
      <div className={styles.error} role="status" data-testid="outcome-error" data-code={outcome.error?.code}>
        <span className={styles['error-icon']} aria-hidden="true">
          !
        </span>
        <div>
          <p className={styles['error-title']}>{problem?.title ?? 'No answer'}</p>
          <p className={styles['error-hint']}>
            <PayloadText text={problem?.hint ?? ''} />
          </p>
          {outcome.error && (
            <p className={`${styles['error-raw']} mono`} title={outcome.error.message}>
              {outcome.error.code} · after {Math.round(outcome.durationMs)} ms
            </p>
          )}
        </div>
      </div>
    );
  }
  const { response } = outcome;
  return (
    <AnswerView
      status={response.status}
      statusText={response.statusText}
      headers={response.headers}
      bodyBase64={response.bodyBase64}
      label={label}
      meta={
        <span className={styles.meta}>
          {outcome.latencyMs !== null && (
            <span title="Until the response headers arrived">{Math.round(outcome.latencyMs)} ms</span>
          )}
          <span title={`${response.bodySize.toLocaleString('en-US')} bytes`}>
            {formatBytes(response.bodySize)}
          </span>
          {response.bodyTruncated && <span className="tag tag-warn">body truncated</span>}
        </span>
      }
    />
  );
}
