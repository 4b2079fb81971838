// Tunnel settings: paste the ngrok authtoken (masked; only "configured" is ever shown back), the
// reserved domain, the webhook path hint and "start on launch".
//
// The authtoken goes from its password field to startTunnel (which stores it in the secret store)
// and the field is cleared; it is never kept as a draft, and the form is unmounted when the dialog
// closes. The fields are checked with the contract's rules (model/settings-forms.ts).
import { useForm, useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { TunnelStatus } from '@shared/tunnel-types';
import type { Settings } from '@shared/types';
import { toApiError } from '../../api/api-error';
import { describedBy, Field } from '../../components/form/Field';
import { CheckboxField, FormError, SecretInput, TextInput } from '../../components/form/inputs';
import { useMutation } from '../../data/use-operation';
import { tunnelDialogForm, tunnelDialogValues, tunnelValues } from '../../model/settings-forms';
import styles from './TunnelSettingsDialog.module.css';
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
    <Dialog roomy open={props.open} title="Tunnel settings" onClose={props.onClose} testId="tunnel-settings">
      {settings ? (
        <SettingsForm {...props} settings={settings} />
      ) : (
        <p className="dialog-body">Loading settings…</p>
      )}
    </Dialog>
  );
}

type TunnelDialogValues = ReturnType<typeof tunnelDialogValues>;
type TunnelDialogResult = ReturnType<typeof tunnelDialogForm.parse>;

function SettingsForm({
  onClose,
  status,
  authtokenConfigured,
  onSaved,
  actions,
  settings,
}: TunnelSettingsDialogProps & { settings: Settings }) {
  const updateSettings = useMutation('updateSettings');
  const form = useForm<TunnelDialogValues, unknown, TunnelDialogResult>({
    defaultValues: tunnelDialogValues(settings),
    resolver: zodResolver(tunnelDialogForm),
  });
  const { register, control, handleSubmit, setError, resetField, formState } = form;
  const { errors, isSubmitting } = formState;
  const typed = useWatch({ control });
  const saved = tunnelValues(settings);

  const running =
    status?.state === 'online' || status?.state === 'starting' || status?.state === 'reconnecting';
  const tokenTyped = (typed.authtoken ?? '').trim() !== '';
  const addressChanged =
    (typed.domain ?? '').trim() !== saved.domain || (typed.pathHint ?? '').trim() !== saved.pathHint;
  const willRestart = running && (tokenTyped || addressChanged);
  const submitLabel = isSubmitting
    ? 'Saving…'
    : willRestart
      ? 'Save and restart tunnel'
      : tokenTyped
        ? 'Save and start tunnel'
        : 'Save';

  const submit = handleSubmit(async ({ patch, authtoken }) => {
    try {
      await updateSettings.mutateAsync(patch);
    } catch (error) {
      setError('root', { message: toApiError(error).message });
      return;
    }
    // Starting takes up to 15 s: the top bar follows it, the dialog need not wait.
    if (authtoken !== undefined) actions.start({ authtoken });
    else if (running && addressChanged) actions.start();
    resetField('authtoken');
    onSaved();
    onClose();
  });

  const authtokenHelp = (
    <>
      Where to find it: <span className={styles.where}>dashboard.ngrok.com → Your Authtoken</span> (a free
      account is enough). It is kept in Hookscope&apos;s secret store and never shown again.
    </>
  );
  const domainHelp = (
    <>
      A static domain from <span className={styles.where}>dashboard.ngrok.com → Domains</span> keeps the URL
      the same between runs. Empty: ngrok picks a URL.
    </>
  );
  const pathHelp = 'Appended to the public URL by “Copy webhook URL”: what you paste into a provider.';

  return (
    <form className={styles.form} onSubmit={(e) => void submit(e)} noValidate autoComplete="off">
      <div className="dialog-body">
        <p>
          Hookscope opens an <strong>ngrok</strong> tunnel to the webhook receiver only, so providers can
          reach it at a public HTTPS URL.
        </p>
      </div>

      <Field
        id="tunnel-authtoken"
        label="ngrok authtoken"
        badge={
          authtokenConfigured ? (
            <span className={styles.badge} data-state="ok" data-testid="authtoken-configured">
              Configured
            </span>
          ) : authtokenConfigured === false ? (
            <span className={styles.badge} data-testid="authtoken-missing">
              Not set
            </span>
          ) : null
        }
        error={errors.authtoken?.message}
        help={authtokenHelp}
      >
        <SecretInput
          maxLength={undefined}
          placeholder={
            authtokenConfigured ? 'Stored — paste a new one to replace it' : 'Paste your authtoken'
          }
          data-autofocus={authtokenConfigured === false ? '' : undefined}
          {...describedBy('tunnel-authtoken', errors.authtoken?.message, authtokenHelp)}
          {...register('authtoken')}
        />
      </Field>

      <Field
        id="tunnel-domain"
        label="Reserved domain"
        optional
        error={errors.domain?.message}
        help={domainHelp}
      >
        <TextInput
          placeholder="your-name.ngrok-free.app"
          {...describedBy('tunnel-domain', errors.domain?.message, domainHelp)}
          {...register('domain')}
        />
      </Field>

      <Field id="tunnel-path" label="Webhook path" optional error={errors.pathHint?.message} help={pathHelp}>
        <TextInput
          placeholder="/webhooks/whatsapp"
          {...describedBy('tunnel-path', errors.pathHint?.message, pathHelp)}
          {...register('pathHint')}
        />
      </Field>

      <CheckboxField label="Start the tunnel when Hookscope launches" {...register('startOnLaunch')} />

      <FormError message={errors.root?.message} />
      <div className="dialog-actions">
        <button type="button" className="btn" onClick={onClose}>
          Cancel
        </button>
        <button
          type="submit"
          className="btn btn-primary"
          disabled={isSubmitting}
          data-testid="tunnel-settings-save"
        >
          {submitLabel}
        </button>
      </div>
    </form>
  );
}
