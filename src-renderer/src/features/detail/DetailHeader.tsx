// The request line and its vital signs, above the tabs.
import type { CaptureDetail } from '@shared/types';
import { CopyButton } from '../../components/CopyButton';
import { PayloadText } from '../../components/PayloadText';
import { formatBytes, formatByteCount, formatLocalDateTime, utcTitle } from '../../lib/format';
import { CaptureVerdictBadge } from '../slots/VerdictBadge';
import { PayloadFamilyBadge, ProviderBadge } from '../slots/ProviderBadge';
import { MethodBadge, StatusBadge } from './MethodBadge';
import { OriginMarker, ReplayActions } from '../replay/ReplayActions';

export function DetailHeader({ detail }: { detail: CaptureDetail }) {
  return (
    <header className="detail-header">
      <div className="request-line">
        <MethodBadge method={detail.method} prominent />
        <PayloadText text={detail.path} className="request-path mono" />
        <CopyButton label="Copy path" getText={() => detail.path} />
        <ReplayActions detail={detail} />
      </div>
      <div className="vitals">
        <span className="vital">
          <StatusBadge status={detail.status} />
        </span>
        <time className="vital" dateTime={detail.receivedAt} title={utcTitle(detail.receivedAt)}>
          {formatLocalDateTime(detail.receivedAt)}
        </time>
        <span className="vital" title={formatByteCount(detail.size)}>
          {formatBytes(detail.size)}
        </span>
        {detail.contentType && (
          <span className="vital mono">
            <PayloadText text={detail.contentType} />
          </span>
        )}
        <span className="vital muted">#{detail.id}</span>
        <OriginMarker detail={detail} />
        <ProviderBadge provider={detail.provider} />
        <PayloadFamilyBadge family={detail.payloadFamily} />
        <CaptureVerdictBadge capture={detail} long />
      </div>
    </header>
  );
}
