// Tunnel settings: paste the ngrok authtoken (masked; only "configured" is ever shown back), the
// reserved domain, the webhook path hint and "start on launch".
//
// The authtoken input is uncontrolled: its value is read once on submit, handed to startTunnel
// (which stores it in the secret store) and cleared. It never enters React state, and the form is
// unmounted when the dialog closes.
import { useRef, useState, type FormEvent } from 'react';
import { tunnelAuthtoken, tunnelDomain, tunnelPathHint, type TunnelStatus } from '@shared/tunnel-types';
import type { Settings } from '@shared/types';
import { toApiError } from '../../api/api-error';
import { useMutation } from '../../data/use-operation';
import type { TunnelActions } from './TunnelControl';
import { Dialog } from '../../components/Dialog';
import { useSettings } from './use-tunnel';

interface TunnelSettingsDialogProps {
  open: boolean;
  onClose(): void;
  status: TunnelStatus | null;
  authtokenConfigured: boolean | null;
  onSaved(): void;
  actions: TunnelActions;
}

export function TunnelSettingsDialog(props: TunnelSettingsDialogProps) {
  const settings = useSettings();
  return (
    <Dialog
      className="tunnel-dialog"
      open={props.open}
      title="Tunnel settings"
      onClose={props.onClose}
      testId="tunnel-settings"
    >
      {settings ? (
        <SettingsForm {...props} settings={settings} />
      ) : (
        <p className="dialog-body">Loading settings…</p>
      )}
    </Dialog>
  );
}

type FieldErrors = Partial<Record<'authtoken' | 'domain' | 'pathHint' | 'form', string>>;

function firstIssue(result: {
  success: boolean;
  error?: { issues: { message: string }[] };
}): string | undefined {
  return result.success ? undefined : (result.error?.issues[0]?.message ?? 'Not valid');
}

function SettingsForm({
  onClose,
  status,
  authtokenConfigured,
  onSaved,
  actions,
  settings,
}: TunnelSettingsDialogProps & { settings: Settings }) {
  const updateSettings = useMutation('updateSettings');
  const tokenRef = useRef<HTMLInputElement>(null);
  const [tokenTyped, setTokenTyped] = useState(false);
  const [domain, setDomain] = useState(settings.tunnelDomain ?? '');
  const [pathHint, setPathHint] = useState(settings.tunnelPathHint ?? '');
  const [startOnLaunch, setStartOnLaunch] = useState(settings.tunnelStartOnLaunch);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);

  const running =
    status?.state === 'online' || status?.state === 'starting' || status?.state === 'reconnecting';
  const normalizedDomain = domain.trim() === '' ? null : domain.trim();
  const normalizedPath = pathHint.trim() === '' ? null : pathHint.trim();
  const addressChanged =
    (normalizedDomain ?? null) !== (settings.tunnelDomain ?? null) ||
    (normalizedPath ?? null) !== (settings.tunnelPathHint ?? null);
  const willStart = tokenTyped || (running && addressChanged);
  const submitLabel = busy
    ? 'Saving…'
    : tokenTyped
      ? running
        ? 'Save and restart tunnel'
        : 'Save and start tunnel'
      : willStart
        ? 'Save and restart tunnel'
        : 'Save';

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const next: FieldErrors = {};
    const rawToken = tokenRef.current?.value ?? '';
    let authtoken: string | undefined;
    if (rawToken.trim() !== '') {
      const parsed = tunnelAuthtoken.safeParse(rawToken);
      if (parsed.success) authtoken = parsed.data;
      else next.authtoken = firstIssue(parsed);
    }
    let domainValue: string | null = null;
    if (normalizedDomain !== null) {
      const parsed = tunnelDomain.safeParse(normalizedDomain);
      if (parsed.success) domainValue = parsed.data;
      else next.domain = firstIssue(parsed);
    }
    let pathValue: string | null = null;
    if (normalizedPath !== null) {
      const parsed = tunnelPathHint.safeParse(normalizedPath);
      if (parsed.success) pathValue = parsed.data;
      else next.pathHint = firstIssue(parsed);
    }
    setErrors(next);
    if (Object.keys(next).length > 0) return;

    setBusy(true);
    updateSettings
      .mutateAsync({
        tunnelDomain: domainValue,
        tunnelPathHint: pathValue,
        tunnelStartOnLaunch: startOnLaunch,
      })
      .then(
        () => {
          // Starting takes up to 15 s: the top bar follows it, the dialog need not wait.
          if (authtoken !== undefined) actions.start({ authtoken });
          else if (running && addressChanged) actions.start();
          if (tokenRef.current) tokenRef.current.value = '';
          authtoken = undefined;
          setBusy(false);
          onSaved();
          onClose();
        },
        (error: unknown) => {
          setBusy(false);
          setErrors({ form: toApiError(error).message });
        },
      );
  };

  return (
    <form className="tunnel-form" onSubmit={submit} noValidate autoComplete="off">
      <div className="dialog-body">
        <p>
          Hookscope opens an <strong>ngrok</strong> tunnel to the webhook receiver only, so providers can
          reach it at a public HTTPS URL.
        </p>
      </div>

      <div className="tn-field">
        <div className="tn-field-label-row">
          <label className="tn-field-label" htmlFor="tunnel-authtoken">
            ngrok authtoken
          </label>
          {authtokenConfigured ? (
            <span className="tn-field-badge tn-field-badge-ok" data-testid="authtoken-configured">
              Configured
            </span>
          ) : authtokenConfigured === false ? (
            <span className="tn-field-badge" data-testid="authtoken-missing">
              Not set
            </span>
          ) : null}
        </div>
        <input
          ref={tokenRef}
          id="tunnel-authtoken"
          name="ngrok-authtoken"
          className="tn-field-input mono"
          type="password"
          autoComplete="off"
          spellCheck={false}
          placeholder={
            authtokenConfigured ? 'Stored — paste a new one to replace it' : 'Paste your authtoken'
          }
          aria-describedby="tunnel-authtoken-help"
          aria-invalid={errors.authtoken ? true : undefined}
          data-autofocus={authtokenConfigured === false ? '' : undefined}
          onChange={(e) => setTokenTyped(e.currentTarget.value.trim() !== '')}
        />
        {errors.authtoken && <p className="tn-field-error">{errors.authtoken}</p>}
        <p className="tn-field-help" id="tunnel-authtoken-help">
          Where to find it: <span className="tn-field-path">dashboard.ngrok.com → Your Authtoken</span> (a
          free account is enough). It is kept in Hookscope&apos;s secret store and never shown again.
        </p>
      </div>

      <div className="tn-field">
        <label className="tn-field-label" htmlFor="tunnel-domain">
          Reserved domain <span className="tn-field-optional">optional</span>
        </label>
        <input
          id="tunnel-domain"
          className="tn-field-input mono"
          type="text"
          spellCheck={false}
          placeholder="your-name.ngrok-free.app"
          value={domain}
          aria-invalid={errors.domain ? true : undefined}
          onChange={(e) => setDomain(e.currentTarget.value)}
        />
        {errors.domain && <p className="tn-field-error">{errors.domain}</p>}
        <p className="tn-field-help">
          A static domain from <span className="tn-field-path">dashboard.ngrok.com → Domains</span> keeps the
          URL the same between runs. Empty: ngrok picks a URL.
        </p>
      </div>

      <div className="tn-field">
        <label className="tn-field-label" htmlFor="tunnel-path">
          Webhook path <span className="tn-field-optional">optional</span>
        </label>
        <input
          id="tunnel-path"
          className="tn-field-input mono"
          type="text"
          spellCheck={false}
          placeholder="/webhooks/whatsapp"
          value={pathHint}
          aria-invalid={errors.pathHint ? true : undefined}
          onChange={(e) => setPathHint(e.currentTarget.value)}
        />
        {errors.pathHint && <p className="tn-field-error">{errors.pathHint}</p>}
        <p className="tn-field-help">
          Appended to the public URL by “Copy webhook URL”: what you paste into a provider.
        </p>
      </div>

      <label className="tn-field-check">
        <input
          type="checkbox"
          checked={startOnLaunch}
          onChange={(e) => setStartOnLaunch(e.currentTarget.checked)}
        />
        Start the tunnel when Hookscope launches
      </label>

      {errors.form && (
        <p className="tn-field-error" role="alert">
          {errors.form}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" className="btn" onClick={onClose}>
          Cancel
        </button>
        <button type="submit" className="btn btn-primary" disabled={busy} data-testid="tunnel-settings-save">
          {submitLabel}
        </button>
      </div>
    </form>
  );
}
