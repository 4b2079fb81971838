// Query parameters, decoded, in order (duplicates kept), with the raw query string above them.
import type { CaptureDetail } from '@shared/types';
import { CopyButton } from '../../components/CopyButton';
import { PairsTable } from '../../components/PairsTable';
import { PayloadText } from '../../components/PayloadText';
import styles from './detail.module.css';

export function QueryTab({ detail }: { detail: CaptureDetail }) {
  const q = detail.path.indexOf('?');
  const raw = q >= 0 ? detail.path.slice(q + 1) : '';
  if (detail.query.length === 0 && raw === '') {
    return <div className="panel-empty">No query string on this request.</div>;
  }
  return (
    <div className="scroll-pane">
      <div className="panel-toolbar">
        <span className={`mono ${styles['query-raw']}`}>
          ?<PayloadText text={raw} />
        </span>
        <span className="toolbar-spacer" />
        <CopyButton label="Copy query string" getText={() => raw} />
      </div>
      <PairsTable pairs={detail.query} label="Query parameters" nameHeading="Parameter" separator="=" />
    </div>
  );
}
