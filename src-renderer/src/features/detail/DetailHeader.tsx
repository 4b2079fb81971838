// The request line and its vital signs, above the tabs.
import type { CaptureDetail } from '@shared/types';
import { CopyButton } from '../../components/CopyButton';
import { PayloadText } from '../../components/PayloadText';
import { formatBytes, formatByteCount, formatLocalDateTime, utcTitle } from '../../lib/format';
import { CaptureVerdictBadge } from '../slots/VerdictBadge';
import { PayloadFamilyBadge, ProviderBadge } from '../slots/ProviderBadge';
import { MethodBadge, StatusBadge } from './MethodBadge';
import { OriginMarker, ReplayActions } from '../replay/ReplayActions';
import styles from './detail.module.css';

export function DetailHeader({ detail }: { detail: CaptureDetail }) {
  return (
    <header className={styles['detail-header']}>
      <div className={styles['request-line']}>
        <MethodBadge method={detail.method} prominent />
        <PayloadText text={detail.path} className={`${styles['request-path']} mono`} testId="request-path" />
        <CopyButton label="Copy path" getText={() => detail.path} />
        <ReplayActions detail={detail} />
      </div>
      <div className={styles.vitals}>
        <span className={styles.vital}>
          <StatusBadge status={detail.status} />
        </span>
        <time className={styles.vital} dateTime={detail.receivedAt} title={utcTitle(detail.receivedAt)}>
          {formatLocalDateTime(detail.receivedAt)}
        </time>
        <span className={styles.vital} title={formatByteCount(detail.size)}>
          {formatBytes(detail.size)}
        </span>
        {detail.contentType && (
          <span className={`${styles.vital} mono`}>
            <PayloadText text={detail.contentType} />
          </span>
        )}
        <span className={`${styles.vital} muted`}>#{detail.id}</span>
        <OriginMarker detail={detail} />
        <ProviderBadge provider={detail.provider} />
        <PayloadFamilyBadge family={detail.payloadFamily} />
        <CaptureVerdictBadge capture={detail} long />
      </div>
    </header>
  );
}
