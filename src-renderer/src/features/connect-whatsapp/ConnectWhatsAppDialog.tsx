// "Connect WhatsApp": the two values Meta's dashboard asks for (callback URL, verify token), the
// steps, and a live tick once Meta's verification GET arrives and Hookscope answers it.
// Nothing is saved until the user saves the verify token (VerifyTokenField).
import type { TunnelStatus } from '@shared/tunnel-types';
import type { Settings } from '@shared/types';
import { CopyButton } from '../../components/CopyButton';
import { Icon } from '../../components/Icon';
import { PayloadText } from '../../components/PayloadText';
import { formatListTime } from '../../lib/format';
import { Dialog } from '../../components/Dialog';
import { useSettings } from '../tunnel/use-tunnel';
import { useHandshakeWatch, type HandshakeSeen } from './use-handshake-watch';
import { VerifyTokenField } from './VerifyTokenField';
import styles from './connect-whatsapp.module.css';

interface ConnectWhatsAppDialogProps {
  open: boolean;
  onClose(): void;
  status: TunnelStatus | null;
  onStartTunnel(): void;
}

export function ConnectWhatsAppDialog({ open, onClose, status, onStartTunnel }: ConnectWhatsAppDialogProps) {
  const settings = useSettings();
  const seen = useHandshakeWatch(open);
  return (
    <Dialog
      open={open}
      title="Connect WhatsApp"
      onClose={onClose}
      roomy
      className={styles.dialog}
      testId="connect-whatsapp"
    >
      <div className="dialog-body">
        <p>
          Meta checks a webhook with one GET request before it sends anything. Paste these two values into
          your app&apos;s WhatsApp settings and Hookscope answers it.
        </p>
      </div>
      <CallbackUrl status={status} settings={settings} onStartTunnel={onStartTunnel} />
      <VerifyTokenField settings={settings} />
      <ol className={styles.steps}>
        <li>
          Open{' '}
          <span className={styles['field-path']}>
            developers.facebook.com → My Apps → your app → WhatsApp → Configuration
          </span>
          .
        </li>
        <li>
          Under <strong>Webhook</strong>, click <strong>Edit</strong> and paste the{' '}
          <strong>Callback URL</strong> and the <strong>Verify token</strong>.
        </li>
        <li>
          Click <strong>Verify and save</strong>. The check below turns green when Meta&apos;s request
          arrives.
        </li>
        <li>
          Under <strong>Webhook fields</strong>, subscribe to <strong>messages</strong>: new messages then
          show up in the capture list.
        </li>
      </ol>
      <HandshakeTick seen={seen} />
      <div className="dialog-actions">
        <button type="button" className="btn" onClick={onClose}>
          Done
        </button>
      </div>
    </Dialog>
  );
}

function CallbackUrl({
  status,
  settings,
  onStartTunnel,
}: {
  status: TunnelStatus | null;
  settings: Settings | null;
  onStartTunnel(): void;
}) {
  let url: string | null = null;
  if (status?.state === 'online') url = status.webhookUrl;
  else if (settings?.publicUrl) url = joinPath(settings.publicUrl, settings.tunnelPathHint);

  return (
    <div className={styles.value} data-testid="wa-callback">
      <span className={styles['value-label']}>Callback URL</span>
      {url ? (
        <div className={styles['value-box']}>
          <PayloadText text={url} className={`${styles['value-text']} mono`} />
          <CopyButton label="Copy callback URL" getText={() => url} />
        </div>
      ) : (
        <div className={`${styles['value-box']} ${styles['value-empty']}`}>
          <span className="muted">
            {status?.state === 'starting'
              ? 'Starting the tunnel…'
              : status?.state === 'reconnecting'
                ? 'The tunnel is reconnecting…'
                : 'Meta needs a public HTTPS URL: start the tunnel first.'}
          </span>
          {(status === null || status.state === 'stopped' || status.state === 'error') && (
            <button type="button" className="btn btn-xs btn-primary" onClick={onStartTunnel}>
              Start tunnel
            </button>
          )}
        </div>
      )}
    </div>
  );
}

function HandshakeTick({ seen }: { seen: HandshakeSeen }) {
  return (
    <div
      className={styles.tick}
      data-testid="wa-tick"
      data-state={seen.state}
      role="status"
      aria-live="polite"
    >
      <span className={styles['tick-mark']} aria-hidden="true">
        {seen.state === 'verified' ? (
          <Icon name="check" size={14} />
        ) : seen.state === 'refused' ? (
          <Icon name="x" size={12} />
        ) : null}
      </span>
      {seen.state === 'waiting' && <span>Waiting for Meta&apos;s verification request…</span>}
      {seen.state === 'verified' && (
        <span>
          <strong>Verified.</strong> Meta&apos;s request arrived at {formatListTime(seen.at)} and was
          answered.
        </span>
      )}
      {seen.state === 'refused' && (
        <span>
          <strong>Not verified:</strong> a request arrived at {formatListTime(seen.at)} and was answered{' '}
          {seen.status}
          {seen.status === 403
            ? ' — its verify token differs from the one above. Paste it again in Meta.'
            : '.'}
        </span>
      )}
    </div>
  );
}

function joinPath(base: string, path: string | null): string {
  if (!path || path === '/') return base;
  return `${base.replace(/\/+$/, '')}${path.startsWith('/') ? path : `/${path}`}`;
}
