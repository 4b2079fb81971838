// The tunnel in the top bar: an on/off switch, a status dot, the public URL with copy buttons for
// the bare URL and the webhook URL (URL + configured path), the settings and "Connect WhatsApp"
// dialogs, and any error inline with its fix. The authtoken never passes through here: the
// settings dialog hands it straight to startTunnel.
import { useCallback, useState } from 'react';
import type { StartTunnelInput, TunnelStatus } from '@shared/tunnel-types';
import { toApiError } from '../../api/api-error';
import { CopyButton, useCopyState } from '../../components/CopyButton';
import { Icon } from '../../components/Icon';
import { PayloadText } from '../../components/PayloadText';
import { useMutation } from '../../data/use-operation';
import { ConnectWhatsAppDialog } from '../connect-whatsapp/ConnectWhatsAppDialog';
import { TunnelErrorCallout, type ShownError } from './TunnelErrorCallout';
import { TunnelIcon } from './TunnelIcon';
import { TunnelSettingsDialog } from './TunnelSettingsDialog';
import { useAuthtokenConfigured, useTunnelStatus } from './use-tunnel';
import { useSecondsUntil } from './use-seconds-until';
import { dismissedError, forgetDismissedError, rememberDismissedError } from './dismissed-error';
import styles from './TunnelControl.module.css';

const stateLabel: Record<TunnelStatus['state'], string> = {
  stopped: 'Tunnel off',
  starting: 'Starting tunnel…',
  online: 'Online',
  reconnecting: 'Reconnecting',
  error: 'Tunnel error',
};

export interface TunnelActions {
  /** startTunnel with the given input; transport failures are shown inline. Never rejects. */
  start(input?: StartTunnelInput): void;
  stop(): void;
}

export function TunnelControl() {
  const { mutateAsync: startTunnel } = useMutation('startTunnel');
  const { mutateAsync: stopTunnel } = useMutation('stopTunnel');
  const status = useTunnelStatus();
  const token = useAuthtokenConfigured();
  const [settingsOpen, setSettingsOpen] = useState(false);
  const [whatsappOpen, setWhatsappOpen] = useState(false);
  /** A failed call (transport, validation): the tunnel status cannot say it. */
  const [callError, setCallError] = useState<string | null>(null);
  const [calloutDismissed, setCalloutDismissedState] = useState(false);
  const [stopping, setStopping] = useState(false);

  const state = status?.state ?? 'stopped';
  const running = state === 'starting' || state === 'online' || state === 'reconnecting';

  // A new error (or a new call failure) opens the callout again after it was dismissed; the same
  // error after a reload stays dismissed. Null while the status is unknown (loading).
  const errorKey =
    status === null
      ? null
      : status.state === 'error'
        ? `${status.code}:${status.message}:${status.since}`
        : (callError ?? '');
  const [lastErrorKey, setLastErrorKey] = useState<string | null>(null);
  if (errorKey !== null && errorKey !== lastErrorKey) {
    setLastErrorKey(errorKey);
    if (errorKey === '') forgetDismissedError();
    setCalloutDismissedState(errorKey !== '' && dismissedError() === errorKey);
  }
  const setCalloutDismissed = (dismissed: boolean) => {
    setCalloutDismissedState(dismissed);
    if (dismissed && errorKey) rememberDismissedError(errorKey);
    else forgetDismissedError();
  };

  const actions: TunnelActions = {
    start: useCallback(
      (input: StartTunnelInput = {}) => {
        setCallError(null);
        // The authtoken flag follows by itself: a start invalidates the cached status.
        startTunnel(input).catch((e: unknown) => setCallError(toApiError(e).message));
      },
      [startTunnel],
    ),
    stop: useCallback(() => {
      setCallError(null);
      setStopping(true);
      stopTunnel({}).then(
        () => setStopping(false),
        (e: unknown) => {
          setStopping(false);
          setCallError(toApiError(e).message);
        },
      );
    }, [stopTunnel]),
  };

  const toggle = () => {
    if (running) actions.stop();
    else if (token.configured === false) setSettingsOpen(true);
    else actions.start();
  };

  let shown: ShownError | null = null;
  if (callError)
    shown = { message: callError, fix: 'Check that Hookscope is still running, then try again.' };
  else if (status?.state === 'error') shown = status;

  return (
    <div className={styles.control} data-testid="tunnel" data-state={state}>
      <button
        type="button"
        role="switch"
        aria-checked={running}
        aria-label="Public tunnel"
        title={running ? 'Stop the public tunnel' : 'Start a public HTTPS URL (ngrok) for the receiver'}
        className={styles.switch}
        data-testid="tunnel-toggle"
        disabled={stopping || status === null}
        onClick={toggle}
      >
        <span className={styles['switch-knob']} aria-hidden="true" />
      </button>
      <span className={styles.dot} aria-hidden="true" data-testid="tunnel-dot" />
      <span className="visually-hidden" role="status">
        {status?.state === 'online' ? `Tunnel online at ${status.url}` : stateLabel[state]}
      </span>
      <TunnelSummary
        status={status}
        onShowError={() => setCalloutDismissed(false)}
        hasCallError={callError !== null}
      />
      <span className={styles.divider} aria-hidden="true" />
      <button
        type="button"
        className="btn btn-ghost btn-icon"
        aria-label="Tunnel settings"
        title="Tunnel settings: authtoken, domain, webhook path"
        data-testid="tunnel-settings-button"
        onClick={() => setSettingsOpen(true)}
      >
        <TunnelIcon name="gear" />
      </button>
      <button
        type="button"
        className={`btn btn-ghost ${styles['wa-button']}`}
        aria-label="Connect WhatsApp"
        title="Connect WhatsApp: the callback URL and verify token for Meta's dashboard"
        data-testid="connect-whatsapp-button"
        onClick={() => setWhatsappOpen(true)}
      >
        <TunnelIcon name="chat" />
        <span className={styles['wa-label']}>WhatsApp</span>
      </button>

      {shown && !calloutDismissed && (
        <TunnelErrorCallout
          error={shown}
          onSettings={() => {
            // The settings dialog takes over; the callout never sits on top of a dialog.
            setCalloutDismissedState(true);
            setSettingsOpen(true);
          }}
          onRetry={() => actions.start()}
          onDismiss={() => setCalloutDismissed(true)}
        />
      )}

      <TunnelSettingsDialog
        open={settingsOpen}
        onClose={() => setSettingsOpen(false)}
        status={status}
        authtokenConfigured={token.configured}
        onSaved={token.refresh}
        actions={actions}
      />
      <ConnectWhatsAppDialog
        open={whatsappOpen}
        onClose={() => setWhatsappOpen(false)}
        status={status}
        onStartTunnel={() => (token.configured === false ? setSettingsOpen(true) : actions.start())}
      />
    </div>
  );
}

function TunnelSummary({
  status,
  onShowError,
  hasCallError,
}: {
  status: TunnelStatus | null;
  onShowError(): void;
  hasCallError: boolean;
}) {
  if (status === null) return <span className={`${styles.text} muted`}>Tunnel…</span>;
  switch (status.state) {
    case 'online':
      return <OnlineUrl url={status.url} webhookUrl={status.webhookUrl} />;
    case 'reconnecting':
      return <Reconnecting attempt={status.attempt} nextRetryAt={status.nextRetryAt} />;
    case 'error':
      return (
        <button
          type="button"
          className={`${styles.text} ${styles['error-button']}`}
          title={`${status.message} ${status.fix}`}
          onClick={onShowError}
          data-testid="tunnel-status-text"
        >
          <TunnelIcon name="alert" size={13} />
          {stateLabel.error}
        </button>
      );
    default:
      return hasCallError ? (
        <button type="button" className={`${styles.text} ${styles['error-button']}`} onClick={onShowError}>
          <TunnelIcon name="alert" size={13} />
          {stateLabel[status.state]}
        </button>
      ) : (
        <span className={styles.text} data-testid="tunnel-status-text">
          {stateLabel[status.state]}
        </span>
      );
  }
}

function OnlineUrl({ url, webhookUrl }: { url: string; webhookUrl: string }) {
  const path = webhookUrl.startsWith(url) ? webhookUrl.slice(url.length) : '';
  return (
    <>
      <span className={styles['url-wrap']} data-testid="tunnel-url" title={url}>
        <PayloadText text={url} className={`${styles.url} mono`} />
      </span>
      <CopyButton label="Copy public URL" getText={() => url} />
      {path !== '' && path !== '/' && <WebhookCopyButton webhookUrl={webhookUrl} path={path} />}
    </>
  );
}

/** Copies the full webhook URL; shows the path it appends so the two buttons are told apart. */
function WebhookCopyButton({ webhookUrl, path }: { webhookUrl: string; path: string }) {
  const { state, copy } = useCopyState();
  return (
    <button
      type="button"
      className={`btn btn-ghost ${styles['webhook-copy']}`}
      aria-label="Copy webhook URL"
      title={
        state === 'copied' ? 'Copied' : state === 'failed' ? 'Copy failed' : `Copy webhook URL: ${webhookUrl}`
      }
      data-state={state}
      data-testid="copy-webhook-url"
      onClick={() => copy(webhookUrl)}
    >
      <Icon name={state === 'copied' ? 'check' : 'copy'} size={12} />
      <PayloadText text={path} className={`${styles['webhook-path']} mono`} />
    </button>
  );
}

function Reconnecting({ attempt, nextRetryAt }: { attempt: number; nextRetryAt: string }) {
  const seconds = useSecondsUntil(nextRetryAt);
  return (
    <span className={styles.text} data-testid="tunnel-status-text">
      Reconnecting · attempt {attempt}
      <span className={styles['text-detail']}>
        {' '}
        · {seconds === null || seconds <= 0 ? 'retrying now' : `next try in ${seconds}s`}
      </span>
    </span>
  );
}
