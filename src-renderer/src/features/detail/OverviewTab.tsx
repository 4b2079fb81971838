// Overview: everything about the exchange at a glance — timing, peer, sizes, the body digest, the
// analysis slots (provider, signature, summary, cards) and what Hookscope answered.
import type { CaptureDetail } from '@shared/types';
import { CopyButton } from '../../components/CopyButton';
import { PairsTable } from '../../components/PairsTable';
import { SettingsLink } from '../settings/SettingsLink';
import { settingForText } from '../settings/settings-sections';
import { PayloadText } from '../../components/PayloadText';
import { headerValue } from '../../lib/bytes';
import { formatByteCount, formatLocalDateTime } from '../../lib/format';
import { CardsSlot } from '../slots/CardsSlot';
import { PayloadFamilyBadge, ProviderBadge } from '../slots/ProviderBadge';
import { CaptureVerdictBadge } from '../slots/VerdictBadge';
import { StatusBadge } from './MethodBadge';
import styles from './detail.module.css';

function Row({ term, children }: { term: string; children: React.ReactNode }) {
  return (
    <>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </>
  );
}

export function OverviewTab({ detail, onSelect }: { detail: CaptureDetail; onSelect(id: number): void }) {
  const encoding = headerValue(detail.headers, 'content-encoding');
  return (
    <div className={`${styles.overview} scroll-pane`}>
      {detail.summary && (
        <p className={styles['overview-summary']}>
          <PayloadText text={detail.summary} />
        </p>
      )}
      <section className={styles['overview-section']} aria-label="Request">
        <dl className={styles.facts}>
          <Row term="Received">
            {formatLocalDateTime(detail.receivedAt)}
            <span className={`muted mono ${styles['fact-sub']}`}>{detail.receivedAt}</span>
          </Row>
          <Row term="From">
            <span className="mono">
              <PayloadText text={detail.remoteAddress} />
            </span>
            <span className={`muted ${styles['fact-sub']}`}>HTTP/{detail.httpVersion}</span>
          </Row>
          <Row term="Body">
            {formatByteCount(detail.size)}
            {detail.bodyTruncated && <span className="tag tag-warn">truncated</span>}
            {encoding && (
              <span className={`muted ${styles['fact-sub']}`}>
                Content-Encoding <PayloadText text={encoding} />
              </span>
            )}
          </Row>
          <Row term="SHA-256">
            <span className={`mono ${styles.digest}`}>{detail.bodySha256}</span>
            <CopyButton label="Copy SHA-256" getText={() => detail.bodySha256} />
            {detail.bodyTruncated && (
              <span className={`muted ${styles['fact-sub']}`} data-testid="sha256-of-prefix">
                of the first {formatByteCount(atob(detail.bodyBase64).length)} kept, not of the whole{' '}
                {formatByteCount(detail.size)} body
              </span>
            )}
          </Row>
          <Row term="Kind">
            {detail.kind}
            {detail.note && (
              <span className={`muted ${styles['fact-sub']}`}>
                <PayloadText text={detail.note} />
                <SettingsLink section={settingForText(detail.note)} />
              </span>
            )}
          </Row>
          <Row term="Provider">
            {detail.provider ? (
              <ProviderBadge provider={detail.provider} />
            ) : (
              <span className="muted">not detected</span>
            )}
          </Row>
          <Row term="Payload">
            {detail.payloadFamily ? (
              <PayloadFamilyBadge family={detail.payloadFamily} />
            ) : (
              <span className="muted">no decoder recognised it</span>
            )}
          </Row>
          <Row term="Signature">
            {detail.verdict ? (
              <CaptureVerdictBadge capture={detail} long />
            ) : (
              <span className="muted">not checked</span>
            )}
          </Row>
          {detail.duplicateOf !== null && (
            <Row term="Duplicate of">
              <button type="button" className="link-button" onClick={() => onSelect(detail.duplicateOf!)}>
                #{detail.duplicateOf}
              </button>
            </Row>
          )}
        </dl>
      </section>
      <CardsSlot cards={detail.cards} />
      <section className={styles['overview-section']} aria-label="Response">
        <h3 className="section-title">
          Response <StatusBadge status={detail.status} />
        </h3>
        {detail.responseHeaders.length > 0 ? (
          <PairsTable pairs={detail.responseHeaders} label="Response headers" />
        ) : (
          <p className="muted">No response headers recorded.</p>
        )}
      </section>
    </div>
  );
}
